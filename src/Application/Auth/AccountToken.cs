namespace AdaptiveLearning.Application.Auth;

/// <summary>A mailed single-use link as stored: only the SHA-256 of its secret is kept.</summary>
/// <param name="Email">The address the link was sent to, which redeeming it proves.</param>
public sealed record AccountToken(
    Guid Id,
    Guid UserId,
    AccountTokenPurpose Purpose,
    string TokenHash,
    string Email,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? UsedAt)
{
    public bool IsUsable(AccountTokenPurpose purpose, DateTimeOffset now) => Purpose == purpose && UsedAt is null && ExpiresAt > now;
}
