using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Auth.Login;
using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Application.Common;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Auth.Login;

internal sealed class LoginEndpoint(IHandler<LoginCommand, AuthTokens> handler) : Endpoint<LoginRequest, TokenResponse>
{
    public override void Configure()
    {
        Post(LoginRequest.Route);
        AllowAnonymous();
        Options(x => x.RequireRateLimiting(AuthRateLimit.Policy).WithTags("Auth"));
        Summary(s => s.Summary = "Log in with email or username; a client that keeps failing is throttled (429 login_throttled)");
        Description(x => x.Produces<TokenResponse>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(429), clearDefaults: true);
    }

    public override async Task HandleAsync(LoginRequest req, CancellationToken ct) =>
        await Send.OkAsync(TokenResponse.From(await handler.HandleAsync(new LoginCommand(req.Login, req.Password, HttpContext.ClientAddressOrUnknown()), ct)), ct);
}
