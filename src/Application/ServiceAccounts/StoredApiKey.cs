namespace AdaptiveLearning.Application.ServiceAccounts;

/// <summary>An API key as stored: the SHA-256 of its secret, never the secret.</summary>
/// <param name="ReplacedBy">The key a rotation issued in its place; this one then works until <paramref name="ExpiresAt"/>, the end of the grace period.</param>
public sealed record StoredApiKey(
    Guid Id,
    Guid ServiceAccountId,
    string Name,
    byte[] SecretHash,
    IReadOnlyList<ApiScope> Scopes,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset? LastUsedAt,
    Guid? ReplacedBy)
{
    public ApiKeyState StateAt(DateTimeOffset now) =>
        RevokedAt is not null ? ApiKeyState.Revoked : ExpiresAt <= now ? ApiKeyState.Expired : ApiKeyState.Active;

    public ApiKeyView ToView(DateTimeOffset now) =>
        new(Id, ServiceAccountId, Name, ApiKeySecret.PrefixOf(Id), Scopes, CreatedAt, ExpiresAt, RevokedAt, LastUsedAt, ReplacedBy, StateAt(now));
}
