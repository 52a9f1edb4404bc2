using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Auth.Login;

internal sealed class LoginHandler(IUserRepository users, IPasswordHasher hasher, RefreshTokenFactory tokens, LoginThrottle throttle)
    : IHandler<LoginCommand, AuthTokens>
{
    public async Task<AuthTokens> HandleAsync(LoginCommand request, CancellationToken ct)
    {
        var login = request.Login.Trim();
        var user = await users.FindByLoginAsync(login, ct);
        // Unknown logins are counted under the login itself, so they throttle exactly like real accounts.
        var account = user?.Id.ToString() ?? "login:" + login.ToLowerInvariant();

        if (throttle.WaitBefore(account, request.Client) is { } wait)
        {
            hasher.VerifyAgainstDummy(request.Password);
            throw new ProblemException(Problems.LoginThrottled, retryAfter: wait);
        }

        if (user is null)
        {
            hasher.VerifyAgainstDummy(request.Password);
            throttle.RecordFailure(account, request.Client);
            throw new ProblemException(Problems.InvalidCredentials);
        }
        if (!hasher.Verify(user.PasswordHash, request.Password))
        {
            throttle.RecordFailure(account, request.Client);
            throw new ProblemException(Problems.InvalidCredentials);
        }

        throttle.RecordSuccess(account, request.Client);
        // Clears a lock stored by earlier versions, which locked the account itself.
        user.RecordSuccessfulLogin();
        await users.SaveLoginStateAsync(user, ct);
        return await tokens.IssueAsync(user, familyId: Guid.NewGuid(), ct);
    }
}
