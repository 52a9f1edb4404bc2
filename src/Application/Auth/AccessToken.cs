using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Application.Auth;

public sealed record AccessToken(string Token, int ExpiresInSeconds);
