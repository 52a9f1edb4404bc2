using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Users.ChangeEmail;

/// <summary>
/// Mails a confirmation link to the new address and a notice to the current one; the account moves only when the link
/// is redeemed (<c>POST /auth/email/verify</c>), so a typo or a stolen session cannot take the account's mail elsewhere.
/// </summary>
internal sealed class ChangeEmailHandler(
    IUserRepository users, IAccountLifecycle lifecycle, CurrentPassword current, AccountMails mails, AccountOptions options, IClock clock)
    : IHandler<ChangeEmailCommand, bool>
{
    public async Task<bool> HandleAsync(ChangeEmailCommand request, CancellationToken ct)
    {
        var user = await users.GetAsync(request.UserId, ct) ?? throw new ProblemException(Problems.Unauthenticated);
        current.Verify(user, request.CurrentPassword, request.Client);
        var email = request.NewEmail.Trim();
        if (string.Equals(email, user.Email, StringComparison.OrdinalIgnoreCase))
            throw ProblemException.Field("newEmail", "This is already the account's address.");
        if (await users.EmailExistsAsync(email, ct))
            throw new ProblemException(Problems.EmailTaken);
        var now = clock.UtcNow;
        if (await lifecycle.CountTokensSinceAsync(user.Id, AccountTokenPurpose.ChangeEmail, now.AddHours(-1), ct) >= options.MailsPerAccountPerHour)
            throw new ProblemException(Problems.RateLimited, "Too many email changes for this account; try again within the hour.",
                retryAfter: TimeSpan.FromHours(1));

        var issued = IssuedAccountToken.Create(user.Id, AccountTokenPurpose.ChangeEmail, email, options.EmailVerificationLifetime, clock);
        await lifecycle.IssueTokenAsync(issued.Token, [mails.Verification(user, email, issued.Secret), mails.EmailChangeNotice(user, email)],
            new AuditEntry(now, AuditKind.EmailChangeRequested, user.Id, user.Id, request.Client, "to " + email), ct);
        return true;
    }
}
