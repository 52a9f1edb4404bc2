using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Application.Auth.External.ExchangeExternalCode;
using AdaptiveLearning.Application.Common;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Auth.External.ExchangeExternalCode;

internal sealed class ExchangeExternalCodeEndpoint(IHandler<ExchangeExternalCodeCommand, AuthTokens> handler)
    : Endpoint<ExchangeExternalCodeRequest, TokenResponse>
{
    public override void Configure()
    {
        Post(ExchangeExternalCodeRequest.Route);
        AllowAnonymous();
        Options(x => x.RequireRateLimiting(AuthRateLimit.Policy).WithTags("Auth"));
        Summary(s => s.Summary = "Trade the one-time code from an external sign-in (and the app's PKCE verifier) for access and refresh tokens");
        Description(x => x.Produces<TokenResponse>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(429), clearDefaults: true);
    }

    public override async Task HandleAsync(ExchangeExternalCodeRequest req, CancellationToken ct) =>
        await Send.OkAsync(TokenResponse.From(await handler.HandleAsync(new ExchangeExternalCodeCommand(req.Code, req.CodeVerifier), ct)), ct);
}
