using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Auth.RequestPasswordReset;
using AdaptiveLearning.Application.Common;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Auth.RequestPasswordReset;

internal sealed class RequestPasswordResetEndpoint(IHandler<RequestPasswordResetCommand, bool> handler) : Endpoint<RequestPasswordResetRequest>
{
    public override void Configure()
    {
        Post(RequestPasswordResetRequest.Route);
        AllowAnonymous();
        Options(x => x.RequireRateLimiting(AuthRateLimit.Policy).WithTags("Auth"));
        Summary(s => s.Summary = "Mail a password reset link (valid 30 minutes) if an account has this address; always 202, whether or not one does");
        Description(x => x.Produces(202).ProducesProblem(400).ProducesProblem(429), clearDefaults: true);
    }

    public override async Task HandleAsync(RequestPasswordResetRequest req, CancellationToken ct)
    {
        await handler.HandleAsync(new RequestPasswordResetCommand(req.Email, HttpRequestOrigin.ClientOf(HttpContext)), ct);
        await Send.ResultAsync(Results.StatusCode(StatusCodes.Status202Accepted));
    }
}
