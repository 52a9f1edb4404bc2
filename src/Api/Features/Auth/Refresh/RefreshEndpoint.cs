using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Application.Auth.Refresh;
using AdaptiveLearning.Application.Common;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Auth.Refresh;

internal sealed class RefreshEndpoint(IHandler<RefreshCommand, AuthTokens> handler) : Endpoint<RefreshRequest, TokenResponse>
{
    public override void Configure()
    {
        Post(RefreshRequest.Route);
        AllowAnonymous();
        Options(x => x.RequireRateLimiting(AuthRateLimit.Policy).WithTags("Auth"));
        Summary(s => s.Summary = "Exchange a refresh token for new tokens; reusing a token revokes its whole family");
        Description(x => x.Produces<TokenResponse>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(429), clearDefaults: true);
    }

    public override async Task HandleAsync(RefreshRequest req, CancellationToken ct) =>
        await Send.OkAsync(TokenResponse.From(await handler.HandleAsync(new RefreshCommand(req.RefreshToken), ct)), ct);
}
