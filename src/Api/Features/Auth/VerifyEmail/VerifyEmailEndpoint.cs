using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Auth.VerifyEmail;
using AdaptiveLearning.Application.Common;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Auth.VerifyEmail;

internal sealed class VerifyEmailEndpoint(IHandler<VerifyEmailCommand, string> handler) : Endpoint<VerifyEmailRequest, VerifiedEmailResponse>
{
    public override void Configure()
    {
        Post(VerifyEmailRequest.Route);
        AllowAnonymous();
        Options(x => x.RequireRateLimiting(AuthRateLimit.Policy).WithTags("Auth"));
        Summary(s => s.Summary = "Confirm an email address with a mailed token (single use); an email-change token moves the account to the new address");
        Description(x => x.Produces<VerifiedEmailResponse>().ProducesProblem(400).ProducesProblem(409).ProducesProblem(429), clearDefaults: true);
    }

    public override async Task HandleAsync(VerifyEmailRequest req, CancellationToken ct) =>
        await Send.OkAsync(new VerifiedEmailResponse(
            await handler.HandleAsync(new VerifyEmailCommand(req.Token, HttpRequestOrigin.ClientOf(HttpContext)), ct)), ct);
}
