using System.Data;
using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.ServiceAccounts;
using AdaptiveLearning.Infrastructure.Audit;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.ServiceAccounts;

internal sealed class ServiceAccountStore(MySqlDataSource db) : IServiceAccountStore
{
    public Task InsertAccountAsync(ServiceAccount account, AuditEntry audit, CancellationToken ct) =>
        WriteAsync("""
            INSERT INTO service_accounts (id, name, description, scopes, is_active, created_at, created_by)
            VALUES (@Id, @Name, @Description, @Scopes, @IsActive, @CreatedAt, @CreatedBy)
            """, ServiceAccountRow.ToParameters(account), audit, ct);

    public async Task<IReadOnlyList<ServiceAccount>> ListAccountsAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<ServiceAccountRow>(new CommandDefinition(
            $"SELECT {ServiceAccountRow.Columns} FROM service_accounts a ORDER BY a.created_at, a.id", cancellationToken: ct));
        return rows.Select(r => r.ToAccount()).ToList();
    }

    public async Task<ServiceAccount?> GetAccountAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<ServiceAccountRow>(new CommandDefinition(
            $"SELECT {ServiceAccountRow.Columns} FROM service_accounts a WHERE a.id = @Id", new { Id = id.ToString() }, cancellationToken: ct));
        return row?.ToAccount();
    }

    public Task UpdateAccountAsync(ServiceAccount account, AuditEntry audit, CancellationToken ct) =>
        WriteAsync("UPDATE service_accounts SET name = @Name, description = @Description, is_active = @IsActive WHERE id = @Id",
            ServiceAccountRow.ToParameters(account), audit, ct);

    public Task InsertKeyAsync(StoredApiKey key, AuditEntry audit, CancellationToken ct) =>
        WriteAsync(InsertKeySql, ApiKeyRow.ToParameters(key), audit, ct);

    public async Task<IReadOnlyList<StoredApiKey>> ListKeysAsync(Guid accountId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<ApiKeyRow>(new CommandDefinition(
            $"SELECT {ApiKeyRow.Columns} FROM api_keys k WHERE k.service_account_id = @AccountId ORDER BY k.created_at DESC, k.id",
            new { AccountId = accountId.ToString() }, cancellationToken: ct));
        return rows.Select(r => r.ToKey()).ToList();
    }

    public async Task<StoredApiKey?> GetKeyAsync(Guid accountId, Guid keyId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<ApiKeyRow>(new CommandDefinition(
            $"SELECT {ApiKeyRow.Columns} FROM api_keys k WHERE k.id = @Id AND k.service_account_id = @AccountId",
            new { Id = keyId.ToString(), AccountId = accountId.ToString() }, cancellationToken: ct));
        return row?.ToKey();
    }

    public Task RevokeKeyAsync(Guid keyId, DateTimeOffset at, AuditEntry audit, CancellationToken ct) =>
        WriteAsync("UPDATE api_keys SET revoked_at = COALESCE(revoked_at, @At) WHERE id = @Id", new { Id = keyId.ToString(), At = at }, audit, ct);

    public async Task<bool> ReplaceKeyAsync(Guid oldKeyId, DateTimeOffset oldKeyUntil, StoredApiKey replacement, AuditEntry audit, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        // The guard in WHERE makes two simultaneous rotations of one key issue one replacement, not two.
        var shortened = await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE api_keys SET expires_at = LEAST(expires_at, @Until), replaced_by = @NewId
            WHERE id = @Id AND revoked_at IS NULL AND replaced_by IS NULL AND expires_at > @Now
            """,
            new { Id = oldKeyId.ToString(), Until = oldKeyUntil, NewId = replacement.Id.ToString(), Now = replacement.CreatedAt },
            transaction, cancellationToken: ct));
        if (shortened == 0)
            return false;
        await connection.ExecuteAsync(new CommandDefinition(InsertKeySql, ApiKeyRow.ToParameters(replacement), transaction, cancellationToken: ct));
        await AuditInsert.ExecuteAsync(connection, transaction, audit, ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    public async Task<(StoredApiKey Key, bool AccountActive)?> FindForCallAsync(Guid keyId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<ApiKeyRow>(new CommandDefinition(
            $"SELECT {ApiKeyRow.Columns}, a.is_active AS AccountActive FROM api_keys k JOIN service_accounts a ON a.id = k.service_account_id WHERE k.id = @Id",
            new { Id = keyId.ToString() }, cancellationToken: ct));
        return row is null ? null : (row.ToKey(), row.AccountActive);
    }

    public async Task TouchKeyAsync(Guid keyId, DateTimeOffset at, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE api_keys SET last_used_at = @At WHERE id = @Id AND (last_used_at IS NULL OR last_used_at < @At)",
            new { Id = keyId.ToString(), At = at }, cancellationToken: ct));
    }

    private const string InsertKeySql = """
        INSERT INTO api_keys (id, service_account_id, name, secret_hash, scopes, created_at, expires_at, revoked_at, last_used_at, replaced_by)
        VALUES (@Id, @ServiceAccountId, @Name, @SecretHash, @Scopes, @CreatedAt, @ExpiresAt, @RevokedAt, @LastUsedAt, @ReplacedBy)
        """;

    /// <summary>One change and its audit entry, committed together.</summary>
    private async Task WriteAsync(string sql, object parameters, AuditEntry audit, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: ct));
        await AuditInsert.ExecuteAsync(connection, transaction, audit, ct);
        await transaction.CommitAsync(ct);
    }
}
