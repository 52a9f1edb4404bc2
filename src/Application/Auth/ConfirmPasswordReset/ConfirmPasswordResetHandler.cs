using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Application.Auth.ConfirmPasswordReset;

internal sealed class ConfirmPasswordResetHandler(
    IAccountLifecycle lifecycle, IUserRepository users, IPasswordHasher hasher, AccountMails mails, IClock clock)
    : IHandler<ConfirmPasswordResetCommand, bool>
{
    public async Task<bool> HandleAsync(ConfirmPasswordResetCommand request, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var token = await lifecycle.FindTokenAsync(RefreshTokenFactory.HashOf(request.Token), ct);
        if (token is null || !token.IsUsable(AccountTokenPurpose.PasswordReset, now)
            || await users.GetAsync(token.UserId, ct) is not { IsActive: true } user)
            throw new ProblemException(Problems.InvalidAccountToken);
        if (PasswordPolicy.Check(request.NewPassword, user.Email.Split('@')[0], user.Username) is { } reason)
            throw ProblemException.Field("newPassword", reason);

        var audit = new AuditEntry(now, AuditKind.PasswordReset, user.Id, user.Id, request.Client, "signed out everywhere");
        if (!await lifecycle.ResetPasswordAsync(token, hasher.Hash(request.NewPassword), [mails.PasswordChanged(user)], audit, ct))
            throw new ProblemException(Problems.InvalidAccountToken);
        return true;
    }
}
