using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Application.Auth;

/// <summary>Mails a link that proves the account's current address: after registration and on request.</summary>
internal sealed class EmailVerification(IAccountLifecycle lifecycle, AccountMails mails, AccountOptions options, IClock clock)
{
    /// <exception cref="ProblemException"><c>rate_limited</c>: the account was sent as many verification mails as an hour allows.</exception>
    public async Task SendAsync(User user, string? client, CancellationToken ct)
    {
        var now = clock.UtcNow;
        if (await lifecycle.CountTokensSinceAsync(user.Id, AccountTokenPurpose.VerifyEmail, now.AddHours(-1), ct) >= options.MailsPerAccountPerHour)
            throw new ProblemException(Problems.RateLimited, "Too many verification mails for this account; try again within the hour.",
                retryAfter: TimeSpan.FromHours(1));
        var issued = IssuedAccountToken.Create(user.Id, AccountTokenPurpose.VerifyEmail, user.Email, options.EmailVerificationLifetime, clock);
        await lifecycle.IssueTokenAsync(issued.Token, [mails.Verification(user, user.Email, issued.Secret)],
            new AuditEntry(now, AuditKind.EmailVerificationSent, user.Id, user.Id, client, null), ct);
    }
}
