namespace AdaptiveLearning.Application.Auth;

/// <summary>A stored sign-in challenge; like refresh tokens, only its SHA-256 is kept.</summary>
public sealed record MfaChallenge(string TokenHash, Guid UserId, DateTimeOffset ExpiresAt, DateTimeOffset? UsedAt);
