namespace AdaptiveLearning.Application.Auth;

public sealed record AccessToken(string Token, int ExpiresInSeconds);
