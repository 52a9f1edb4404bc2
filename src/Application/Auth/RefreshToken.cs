namespace AdaptiveLearning.Application.Auth;

/// <summary>
/// A stored refresh token. Only its SHA-256 is kept; every rotation stays in one family so a
/// token presented twice can revoke everything issued from the same login.
/// </summary>
public sealed record RefreshToken(
    Guid Id,
    Guid UserId,
    Guid FamilyId,
    string TokenHash,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? UsedAt,
    DateTimeOffset? RevokedAt);
