using AdaptiveLearning.Application.Auth;

namespace AdaptiveLearning.Api.Features.Auth;

public sealed record TokenResponse(string AccessToken, string RefreshToken, int ExpiresIn, string TokenType)
{
    internal static TokenResponse From(AuthTokens tokens) =>
        new(tokens.AccessToken, tokens.RefreshToken, tokens.ExpiresIn, tokens.TokenType);
}
