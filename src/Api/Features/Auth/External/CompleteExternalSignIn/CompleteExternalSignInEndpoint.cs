using AdaptiveLearning.Application.Auth.External.CompleteExternalSignIn;
using AdaptiveLearning.Application.Common;
using FastEndpoints;
using Microsoft.AspNetCore.WebUtilities;

namespace AdaptiveLearning.Api.Features.Auth.External.CompleteExternalSignIn;

internal sealed class CompleteExternalSignInEndpoint(IHandler<CompleteExternalSignInCommand, ExternalSignInOutcome> handler)
    : Endpoint<CompleteExternalSignInRequest>
{
    public override void Configure()
    {
        Get(CompleteExternalSignInRequest.Route);
        AllowAnonymous();
        Options(x => x.RequireRateLimiting(AuthRateLimit.Policy).WithTags("Auth"));
        Summary(s => s.Summary = "The provider's redirect back: redirects (302) to the app's returnUrl with ?code= for /auth/external/exchange, or ?error=<problem code>");
        Description(x => x.Produces(302).ProducesProblem(400).ProducesProblem(429), clearDefaults: true);
    }

    public override async Task HandleAsync(CompleteExternalSignInRequest req, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(new CompleteExternalSignInCommand(
            req.Provider, req.State, req.Code, req.Error, HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown"), ct);
        // From here the app knows where it is: failures go back to it as a code it can show, not as a page of JSON.
        var location = outcome.Code is { } code
            ? QueryHelpers.AddQueryString(outcome.ReturnUrl, "code", code)
            : QueryHelpers.AddQueryString(outcome.ReturnUrl, "error", outcome.Error!.Code);
        await Send.RedirectAsync(location, isPermanent: false, allowRemoteRedirects: true);
    }
}
