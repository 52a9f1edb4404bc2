using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Auth.ConfirmPasswordReset;
using AdaptiveLearning.Application.Common;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Auth.ConfirmPasswordReset;

internal sealed class ConfirmPasswordResetEndpoint(IHandler<ConfirmPasswordResetCommand, bool> handler) : Endpoint<ConfirmPasswordResetRequest>
{
    public override void Configure()
    {
        Post(ConfirmPasswordResetRequest.Route);
        AllowAnonymous();
        Options(x => x.RequireRateLimiting(AuthRateLimit.Policy).WithTags("Auth"));
        Summary(s => s.Summary = "Set a new password with a mailed reset token (single use); signs the account out everywhere");
        Description(x => x.Produces(204).ProducesProblem(400).ProducesProblem(429), clearDefaults: true);
    }

    public override async Task HandleAsync(ConfirmPasswordResetRequest req, CancellationToken ct)
    {
        await handler.HandleAsync(new ConfirmPasswordResetCommand(req.Token, req.NewPassword, HttpRequestOrigin.ClientOf(HttpContext)), ct);
        await Send.NoContentAsync(ct);
    }
}
