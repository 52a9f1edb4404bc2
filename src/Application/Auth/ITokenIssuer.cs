using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Application.Auth;

public interface ITokenIssuer
{
    AccessToken IssueAccessToken(User user);
}

public sealed record AccessToken(string Token, int ExpiresInSeconds);
