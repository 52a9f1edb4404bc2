using AdaptiveLearning.Application.Audit;

namespace AdaptiveLearning.Application.ServiceAccounts;

/// <summary>Service accounts and their keys. Every change stores its audit entry in the same transaction.</summary>
public interface IServiceAccountStore
{
    Task InsertAccountAsync(ServiceAccount account, AuditEntry audit, CancellationToken ct);

    Task<IReadOnlyList<ServiceAccount>> ListAccountsAsync(CancellationToken ct);

    Task<ServiceAccount?> GetAccountAsync(Guid id, CancellationToken ct);

    Task UpdateAccountAsync(ServiceAccount account, AuditEntry audit, CancellationToken ct);

    Task InsertKeyAsync(StoredApiKey key, AuditEntry audit, CancellationToken ct);

    Task<IReadOnlyList<StoredApiKey>> ListKeysAsync(Guid accountId, CancellationToken ct);

    Task<StoredApiKey?> GetKeyAsync(Guid accountId, Guid keyId, CancellationToken ct);

    /// <summary>Marks the key revoked at <paramref name="at"/> unless it already was (the first revocation time stays).</summary>
    Task RevokeKeyAsync(Guid keyId, DateTimeOffset at, AuditEntry audit, CancellationToken ct);

    /// <summary>
    /// Stores <paramref name="replacement"/> and shortens the old key's life to <paramref name="oldKeyUntil"/> (never
    /// lengthens it), in one transaction. False, with nothing stored, when the old key was revoked or expired by then.
    /// </summary>
    Task<bool> ReplaceKeyAsync(Guid oldKeyId, DateTimeOffset oldKeyUntil, StoredApiKey replacement, AuditEntry audit, CancellationToken ct);

    /// <summary>The key and whether its account is active, for authenticating a call: one primary-key read.</summary>
    Task<(StoredApiKey Key, bool AccountActive)?> FindForCallAsync(Guid keyId, CancellationToken ct);

    Task TouchKeyAsync(Guid keyId, DateTimeOffset at, CancellationToken ct);
}
