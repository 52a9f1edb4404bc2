using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Auth.Login;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Auth.LoginMfa;

internal sealed class LoginMfaHandler(
    IMfaChallengeStore challenges, IUserRepository users, SecondFactor secondFactor, LoginThrottle throttle,
    RefreshTokenFactory tokens, ISecurityAudit audit, MfaOptions options, IClock clock) : IHandler<LoginMfaCommand, AuthTokens>
{
    public async Task<AuthTokens> HandleAsync(LoginMfaCommand request, CancellationToken ct)
    {
        var hash = RefreshTokenFactory.HashOf(request.Challenge);
        var challenge = await challenges.FindAsync(hash, ct);
        if (challenge is null || challenge.UsedAt is not null || challenge.ExpiresAt <= clock.UtcNow)
            throw new ProblemException(Problems.InvalidMfaChallenge);

        // Wrong codes share the password's counters (ADR 0003): per account and client, per client, account-wide delay.
        var account = challenge.UserId.ToString();
        if (throttle.WaitBefore(account, request.Client) is { } wait)
        {
            await RecordAsync(AuditKind.LoginThrottled, challenge.UserId, request.Client, "second factor", ct);
            throw new ProblemException(Problems.LoginThrottled, retryAfter: wait);
        }
        // Deactivated between the password and the code: the challenge speaks for an account that may no longer sign in.
        var user = await users.GetAsync(challenge.UserId, ct);
        if (user is not { IsActive: true })
            throw new ProblemException(Problems.InvalidMfaChallenge);

        var used = await secondFactor.TryAnyAsync(user.Id, request.Code, ct);
        if (used == UsedFactor.None)
        {
            throttle.RecordFailure(account, request.Client);
            await challenges.RecordWrongCodeAsync(hash, options.CodeAttemptsPerChallenge, clock.UtcNow, ct);
            await RecordAsync(AuditKind.MfaFailed, user.Id, request.Client, "sign-in", ct);
            throw new ProblemException(Problems.InvalidMfaCode);
        }
        if (!await challenges.TryUseAsync(hash, clock.UtcNow, ct))
            throw new ProblemException(Problems.InvalidMfaChallenge);

        throttle.RecordSuccess(account, request.Client);
        if (used == UsedFactor.RecoveryCode)
            await RecordAsync(AuditKind.RecoveryCodeUsed, user.Id, request.Client, "sign-in", ct);
        await RecordAsync(AuditKind.LoginSucceeded, user.Id, request.Client,
            used == UsedFactor.RecoveryCode ? "with a recovery code" : "with an authenticator code", ct);
        return await tokens.IssueAsync(user, familyId: Guid.NewGuid(), ct);
    }

    private Task RecordAsync(AuditKind kind, Guid userId, string client, string? detail, CancellationToken ct) =>
        audit.RecordAsync(new AuditEntry(clock.UtcNow, kind, userId, userId, client, detail), ct);
}
