using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Users;
using AdaptiveLearning.Application.Users.GetMe;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Users.GetMe;

internal sealed class GetMeEndpoint(IHandler<GetMeQuery, UserProfile> handler) : EndpointWithoutRequest<UserProfile>
{
    public const string Route = "/users/me";

    public override void Configure()
    {
        Get(Route);
        Options(x => x.WithTags("Users"));
        Summary(s => s.Summary = "My profile and learning settings");
        Description(x => x.Produces<UserProfile>().ProducesProblem(401), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new GetMeQuery(User.UserId()), ct), ct);
}
