namespace AdaptiveLearning.Application.ServiceAccounts.RotateApiKey;

/// <param name="ExpiresAt">The new key's expiry; null gives it the old key's lifetime, counted from now (capped at the maximum).</param>
/// <param name="GraceMinutes">How long the old key keeps working; null takes <see cref="ServiceAccountOptions.RotationGraceMinutes"/>, 0 ends it now.</param>
public sealed record RotateApiKeyCommand(Guid ActorId, Guid ServiceAccountId, Guid KeyId, DateTimeOffset? ExpiresAt, int? GraceMinutes, string? Client);
