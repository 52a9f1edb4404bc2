using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Auth.Login;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Application.Auth;

/// <summary>
/// Passwords and codes asked again of a signed-in user (turning the second factor on or off). Failures count in the
/// login throttle like failed logins and are audited, so a stolen access token cannot be used to guess the password
/// or the codes unseen.
/// </summary>
public sealed class CredentialCheck(IPasswordHasher hasher, LoginThrottle throttle, ISecurityAudit audit, IClock clock)
{
    public async Task ThrowIfThrottledAsync(User user, string client, CancellationToken ct)
    {
        if (throttle.WaitBefore(user.Id.ToString(), client) is { } wait)
        {
            await RecordAsync(AuditKind.LoginThrottled, user, client, "re-authentication", ct);
            throw new ProblemException(Problems.LoginThrottled, retryAfter: wait);
        }
    }

    public async Task PasswordAsync(User user, string password, string client, CancellationToken ct)
    {
        await ThrowIfThrottledAsync(user, client, ct);
        if (!hasher.Verify(user.PasswordHash, password))
            throw await RefusedAsync(user, client, AuditKind.LoginFailed, "password", "The password is wrong.", ct);
    }

    /// <summary>Counts and audits the failure and describes it as a field error: a 401 here would make clients renew a valid token.</summary>
    public async Task<ProblemException> RefusedAsync(User user, string client, AuditKind kind, string field, string message, CancellationToken ct)
    {
        throttle.RecordFailure(user.Id.ToString(), client);
        await RecordAsync(kind, user, client, "re-authentication: wrong " + field, ct);
        return ProblemException.Field(field, message);
    }

    public Task RecordAsync(AuditKind kind, User user, string client, string? detail, CancellationToken ct) =>
        audit.RecordAsync(new AuditEntry(clock.UtcNow, kind, user.Id, user.Id, client, detail), ct);
}
