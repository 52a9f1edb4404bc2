using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Application.Users.ChangePassword;

/// <summary>
/// Sets a new password and signs out every other device: the security stamp moves on (their access tokens stop) and
/// every refresh token is revoked; this device gets new tokens in its own session, so it stays signed in.
/// </summary>
internal sealed class ChangePasswordHandler(
    IUserRepository users, IAccountLifecycle lifecycle, CurrentPassword current, IPasswordHasher hasher,
    RefreshTokenFactory tokens, AccountMails mails, IClock clock)
    : IHandler<ChangePasswordCommand, AuthTokens>
{
    public async Task<AuthTokens> HandleAsync(ChangePasswordCommand request, CancellationToken ct)
    {
        var user = await users.GetAsync(request.UserId, ct) ?? throw new ProblemException(Problems.Unauthenticated);
        current.Verify(user, request.CurrentPassword, request.Client);
        if (PasswordPolicy.Check(request.NewPassword, user.Email.Split('@')[0], user.Username) is { } reason)
            throw ProblemException.Field("newPassword", reason);

        var audit = new AuditEntry(clock.UtcNow, AuditKind.PasswordChanged, user.Id, user.Id, request.Client, "other devices signed out");
        user.SecurityStamp = await lifecycle.ChangePasswordAsync(user.Id, hasher.Hash(request.NewPassword), [mails.PasswordChanged(user)], audit, ct);
        return await tokens.IssueAsync(user, request.SessionId ?? Guid.NewGuid(), ct);
    }
}
