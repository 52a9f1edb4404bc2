using AdaptiveLearning.Application.ServiceAccounts;

namespace AdaptiveLearning.Infrastructure.ServiceAccounts;

internal sealed class ApiKeyRow
{
    public const string Columns = "k.id, k.service_account_id, k.name, k.secret_hash, k.scopes, k.created_at, k.expires_at, k.revoked_at, k.last_used_at, k.replaced_by";

    public Guid Id { get; init; }
    public Guid ServiceAccountId { get; init; }
    public string Name { get; init; } = "";
    public byte[] SecretHash { get; init; } = [];
    public string Scopes { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }
    public DateTimeOffset? LastUsedAt { get; init; }
    public Guid? ReplacedBy { get; init; }
    /// <summary>Only read when authenticating a call (joined from the account).</summary>
    public bool AccountActive { get; init; }

    public StoredApiKey ToKey() =>
        new(Id, ServiceAccountId, Name, SecretHash, ApiScopes.Parse(Scopes), CreatedAt, ExpiresAt, RevokedAt, LastUsedAt, ReplacedBy);

    public static object ToParameters(StoredApiKey k) => new
    {
        Id = k.Id.ToString(), ServiceAccountId = k.ServiceAccountId.ToString(), k.Name, k.SecretHash, Scopes = ApiScopes.Format(k.Scopes),
        k.CreatedAt, k.ExpiresAt, k.RevokedAt, k.LastUsedAt, ReplacedBy = k.ReplacedBy?.ToString(),
    };
}
