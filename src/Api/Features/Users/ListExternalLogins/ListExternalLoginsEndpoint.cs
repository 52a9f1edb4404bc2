using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Users.ListExternalLogins;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Users.ListExternalLogins;

internal sealed class ListExternalLoginsEndpoint(IHandler<ListExternalLoginsQuery, IReadOnlyList<ExternalLoginView>> handler)
    : EndpointWithoutRequest<IReadOnlyList<ExternalLoginView>>
{
    public const string Route = "/users/me/external-logins";

    public override void Configure()
    {
        Get(Route);
        Options(x => x.WithTags("Users"));
        Summary(s => s.Summary = "The external providers I can sign in with");
        Description(x => x.Produces<IReadOnlyList<ExternalLoginView>>().ProducesProblem(401), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new ListExternalLoginsQuery(User.UserId()), ct), ct);
}
