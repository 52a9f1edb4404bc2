using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Application.Auth.Login;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Application.Users;

/// <summary>
/// Checks the password a signed-in user re-enters to change their credentials. Failures count in the login throttle,
/// so a stolen access token cannot be used to guess the password any faster than the login allows.
/// </summary>
internal sealed class CurrentPassword(IPasswordHasher hasher, LoginThrottle throttle)
{
    public void Verify(User user, string password, string client)
    {
        var account = user.Id.ToString();
        if (throttle.WaitBefore(account, client) is { } wait)
            throw new ProblemException(Problems.LoginThrottled, retryAfter: wait);
        if (!hasher.Verify(user.PasswordHash, password))
        {
            throttle.RecordFailure(account, client);
            throw ProblemException.Field("currentPassword", "The current password is wrong.");
        }
    }
}
