namespace AdaptiveLearning.Application.Auth;

public sealed record AuthTokens(string AccessToken, string RefreshToken, int ExpiresIn, string TokenType = "Bearer");
