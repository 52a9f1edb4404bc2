using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Users;
using AdaptiveLearning.Application.Users.ListSessions;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Users.ListSessions;

internal sealed class ListSessionsEndpoint(IHandler<ListSessionsQuery, IReadOnlyList<SignedInSession>> handler) : EndpointWithoutRequest<SignedInSessionList>
{
    public const string Route = "/users/me/sessions";

    public override void Configure()
    {
        Get(Route);
        Options(x => x.WithTags("Users"));
        Summary(s => s.Summary = "List my signed-in devices (one per login, kept through refreshes), marking this one current");
        Description(x => x.Produces<SignedInSessionList>().ProducesProblem(401), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct) =>
        await Send.OkAsync(new SignedInSessionList(await handler.HandleAsync(new ListSessionsQuery(User.UserId(), User.SessionId()), ct)), ct);
}
