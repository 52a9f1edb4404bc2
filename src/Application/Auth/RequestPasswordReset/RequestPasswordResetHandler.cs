using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Auth.RequestPasswordReset;

/// <summary>
/// Mails a reset link when an active account has the address; answers the same either way, so the route never tells
/// whether an address has an account. Deliberately blind to the login throttle: the owner resets while a stranger
/// keeps failing at the login (ADR 0003, 0013).
/// </summary>
internal sealed class RequestPasswordResetHandler(
    IUserRepository users, IAccountLifecycle lifecycle, AccountMails mails, AccountOptions options, IClock clock)
    : IHandler<RequestPasswordResetCommand, bool>
{
    public async Task<bool> HandleAsync(RequestPasswordResetCommand request, CancellationToken ct)
    {
        var email = request.Email.Trim();
        var user = await users.FindByLoginAsync(email, ct);
        if (user is not { IsActive: true } || !string.Equals(user.Email, email, StringComparison.OrdinalIgnoreCase))
            return false;
        var now = clock.UtcNow;
        // Per address: a stranger cannot flood someone's inbox; what goes over the limit is dropped, still answered 202.
        if (await lifecycle.CountTokensSinceAsync(user.Id, AccountTokenPurpose.PasswordReset, now.AddHours(-1), ct) >= options.MailsPerAccountPerHour)
            return false;

        var issued = IssuedAccountToken.Create(user.Id, AccountTokenPurpose.PasswordReset, user.Email, options.PasswordResetLifetime, clock);
        await lifecycle.IssueTokenAsync(issued.Token, [mails.PasswordReset(user, issued.Secret)],
            new AuditEntry(now, AuditKind.PasswordResetRequested, user.Id, null, request.Client, null), ct);
        return true;
    }
}
