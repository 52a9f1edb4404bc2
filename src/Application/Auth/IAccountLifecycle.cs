using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Mail;

namespace AdaptiveLearning.Application.Auth;

/// <summary>
/// The account changes that mail someone or redeem a mailed link. Each method is one transaction holding the change,
/// its audit entry and its outgoing mail, so a mail is sent exactly when its change committed.
/// </summary>
public interface IAccountLifecycle
{
    Task<AccountToken?> FindTokenAsync(string tokenHash, CancellationToken ct);

    Task<int> CountTokensSinceAsync(Guid userId, AccountTokenPurpose purpose, DateTimeOffset since, CancellationToken ct);

    /// <summary>Stores a new token with the mails that carry it and the audit entry.</summary>
    Task IssueTokenAsync(AccountToken token, IReadOnlyList<OutboundMail> mails, AuditEntry audit, CancellationToken ct);

    /// <summary>
    /// Uses <paramref name="token"/> (unless another request used it first), sets the password, marks the address the
    /// link went to verified, moves the security stamp on, revokes every refresh token and voids the other reset links.
    /// </summary>
    /// <returns>False when the token was already used, has expired, or the account's address changed since it was sent.</returns>
    Task<bool> ResetPasswordAsync(AccountToken token, string passwordHash, IReadOnlyList<OutboundMail> mails, AuditEntry audit, CancellationToken ct);

    /// <summary>Uses <paramref name="token"/> and marks its address verified, first moving the account to it for an email change.</summary>
    /// <returns>False when the token was already used, has expired, or (verification) the account's address changed since.</returns>
    /// <exception cref="Common.DuplicateKeyException">another account took the new address meanwhile.</exception>
    Task<bool> ConfirmEmailAsync(AccountToken token, AuditEntry audit, CancellationToken ct);

    /// <summary>Sets the password, moves the security stamp on and revokes every refresh token.</summary>
    /// <returns>The new security stamp.</returns>
    Task<int> ChangePasswordAsync(Guid userId, string passwordHash, IReadOnlyList<OutboundMail> mails, AuditEntry audit, CancellationToken ct);

    Task MarkEmailVerifiedAsync(Guid userId, DateTimeOffset at, CancellationToken ct);
}
