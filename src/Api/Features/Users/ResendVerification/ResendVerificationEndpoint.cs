using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Users.ResendVerification;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Users.ResendVerification;

internal sealed class ResendVerificationEndpoint(IHandler<ResendVerificationCommand, bool> handler) : EndpointWithoutRequest
{
    public const string Route = "/users/me/email/verification";

    public override void Configure()
    {
        Post(Route);
        Options(x => x.WithTags("Users"));
        Summary(s => s.Summary = "Mail me a new link to verify my email address (a few per hour)");
        Description(x => x.Produces(202).ProducesProblem(401).ProducesProblem(409).ProducesProblem(429), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await handler.HandleAsync(new ResendVerificationCommand(User.UserId(), HttpRequestOrigin.ClientOf(HttpContext)), ct);
        await Send.ResultAsync(Results.StatusCode(StatusCodes.Status202Accepted));
    }
}
