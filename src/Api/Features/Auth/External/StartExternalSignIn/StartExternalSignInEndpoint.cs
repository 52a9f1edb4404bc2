using AdaptiveLearning.Application.Auth.External;
using AdaptiveLearning.Application.Auth.External.StartExternalSignIn;
using AdaptiveLearning.Application.Common;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Auth.External.StartExternalSignIn;

internal sealed class StartExternalSignInEndpoint(IHandler<StartExternalSignInCommand, Uri> handler, ExternalSignInOptions options)
    : Endpoint<StartExternalSignInRequest>
{
    public override void Configure()
    {
        Get(StartExternalSignInRequest.Route);
        AllowAnonymous();
        Options(x => x.RequireRateLimiting(AuthRateLimit.Policy).WithTags("Auth"));
        Summary(s => s.Summary = "Start signing in with an external OpenID Connect provider: open this URL in the browser; it redirects (302) to the provider");
        Description(x => x.Produces(302).ProducesProblem(400).ProducesProblem(404).ProducesProblem(429).ProducesProblem(503), clearDefaults: true);
    }

    public override async Task HandleAsync(StartExternalSignInRequest req, CancellationToken ct)
    {
        var callback = CallbackUrl.For(HttpContext, options, req.Provider);
        var url = await handler.HandleAsync(new StartExternalSignInCommand(req.Provider, req.ReturnUrl, req.CodeChallenge, callback), ct);
        await Send.RedirectAsync(url.AbsoluteUri, isPermanent: false, allowRemoteRedirects: true);
    }
}
