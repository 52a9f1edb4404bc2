using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Auth.Login;

internal sealed class LoginHandler(
    IUserRepository users, IPasswordHasher hasher, RefreshTokenFactory tokens, LoginThrottle throttle,
    IMfaChallengeStore challenges, MfaOptions mfa, ISecurityAudit audit, IClock clock)
    : IHandler<LoginCommand, AuthTokens>
{
    public async Task<AuthTokens> HandleAsync(LoginCommand request, CancellationToken ct)
    {
        var login = request.Login.Trim();
        var user = await users.FindByLoginAsync(login, ct);
        // Unknown logins are counted under the login itself, so they throttle exactly like real accounts.
        var account = user?.Id.ToString() ?? "login:" + login.ToLowerInvariant();
        // The login text is kept only when no account has it: for a known account the id says who it was.
        var unknownLogin = user is null ? "login: " + login : null;

        if (throttle.WaitBefore(account, request.Client) is { } wait)
        {
            hasher.VerifyAgainstDummy(request.Password);
            await RecordAsync(AuditKind.LoginThrottled, user?.Id, request.Client, unknownLogin, ct);
            throw new ProblemException(Problems.LoginThrottled, retryAfter: wait);
        }

        if (user is null)
            hasher.VerifyAgainstDummy(request.Password);
        if (user is null || !hasher.Verify(user.PasswordHash, request.Password))
        {
            throttle.RecordFailure(account, request.Client);
            await RecordAsync(AuditKind.LoginFailed, user?.Id, request.Client, unknownLogin ?? "wrong password", ct);
            throw new ProblemException(Problems.InvalidCredentials);
        }
        // Only after the password: a stranger learns nothing about the account from this answer.
        if (!user.IsActive)
        {
            await RecordAsync(AuditKind.LoginFailed, user.Id, request.Client, "account deactivated", ct);
            throw new ProblemException(Problems.AccountDeactivated);
        }

        if (user.MfaEnabled)
        {
            // The client's failure record stays until the code is right too: clearing it here would let someone who
            // knows the password earn a fresh budget of code guesses with every login.
            var challenge = RandomToken.New();
            await challenges.AddAsync(new MfaChallenge(RefreshTokenFactory.HashOf(challenge), user.Id, clock.UtcNow + mfa.ChallengeLifetime, null), ct);
            throw new ProblemException(Problems.MfaRequired, mfaChallenge: challenge);
        }

        throttle.RecordSuccess(account, request.Client);
        // Clears a lock stored by earlier versions, which locked the account itself.
        user.RecordSuccessfulLogin();
        await users.SaveLoginStateAsync(user, ct);
        await RecordAsync(AuditKind.LoginSucceeded, user.Id, request.Client, null, ct);
        return await tokens.IssueAsync(user, familyId: Guid.NewGuid(), ct);
    }

    private Task RecordAsync(AuditKind kind, Guid? userId, string client, string? detail, CancellationToken ct) =>
        audit.RecordAsync(new AuditEntry(clock.UtcNow, kind, userId, userId, client, detail), ct);
}
