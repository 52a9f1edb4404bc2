using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Auth.Login;

internal sealed class LoginHandler(IUserRepository users, IPasswordHasher hasher, RefreshTokenFactory tokens, IClock clock)
    : IHandler<LoginCommand, AuthTokens>
{
    public async Task<AuthTokens> HandleAsync(LoginCommand request, CancellationToken ct)
    {
        var user = await users.FindByLoginAsync(request.Login.Trim(), ct);
        if (user is null)
        {
            hasher.VerifyAgainstDummy(request.Password);
            throw new ProblemException(Problems.InvalidCredentials);
        }

        var now = clock.UtcNow;
        if (user.IsLockedOut(now))
        {
            hasher.VerifyAgainstDummy(request.Password);
            throw new ProblemException(Problems.AccountLocked, retryAfter: user.LockedUntil - now);
        }

        if (!hasher.Verify(user.PasswordHash, request.Password))
        {
            user.RecordFailedLogin(now);
            await users.SaveLoginStateAsync(user, ct);
            throw user.IsLockedOut(now)
                ? new ProblemException(Problems.AccountLocked, retryAfter: user.LockedUntil - now)
                : new ProblemException(Problems.InvalidCredentials);
        }

        user.RecordSuccessfulLogin();
        await users.SaveLoginStateAsync(user, ct);
        return await tokens.IssueAsync(user, familyId: Guid.NewGuid(), ct);
    }
}
