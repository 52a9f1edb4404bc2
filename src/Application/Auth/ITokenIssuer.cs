using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Application.Auth;

public interface ITokenIssuer
{
    /// <param name="sessionId">The refresh-token family (signed-in device) the token belongs to, carried as <c>sid</c>.</param>
    AccessToken IssueAccessToken(User user, Guid? sessionId = null);
}
