using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Application.Auth;

public interface ITokenIssuer
{
    AccessToken IssueAccessToken(User user);
}
