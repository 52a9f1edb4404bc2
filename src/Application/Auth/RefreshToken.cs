namespace AdaptiveLearning.Application.Auth;

/// <summary>
/// A stored refresh token. Only its SHA-256 is kept; every rotation stays in one family so a
/// token presented twice can revoke everything issued from the same login. A family is one signed-in device;
/// <paramref name="UserAgent"/> and <paramref name="Client"/> say what it was when the token was issued.
/// </summary>
public sealed record RefreshToken(
    Guid Id,
    Guid UserId,
    Guid FamilyId,
    string TokenHash,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? UsedAt,
    DateTimeOffset? RevokedAt,
    string? UserAgent = null,
    string? Client = null);
