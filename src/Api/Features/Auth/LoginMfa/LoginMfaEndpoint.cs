using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Application.Auth.LoginMfa;
using AdaptiveLearning.Application.Common;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Auth.LoginMfa;

internal sealed class LoginMfaEndpoint(IHandler<LoginMfaCommand, AuthTokens> handler) : Endpoint<LoginMfaRequest, TokenResponse>
{
    public override void Configure()
    {
        Post(LoginMfaRequest.Route);
        AllowAnonymous();
        Options(x => x.RequireRateLimiting(AuthRateLimit.Policy).WithTags("Auth"));
        Summary(s => s.Summary = "Finish a login that answered 401 mfa_required: the challenge and an authenticator or recovery code give the tokens");
        Description(x => x.Produces<TokenResponse>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(429), clearDefaults: true);
    }

    public override async Task HandleAsync(LoginMfaRequest req, CancellationToken ct) =>
        await Send.OkAsync(TokenResponse.From(await handler.HandleAsync(
            new LoginMfaCommand(req.Challenge, req.ToCode(), HttpContext.ClientAddressOrUnknown()), ct)), ct);
}
