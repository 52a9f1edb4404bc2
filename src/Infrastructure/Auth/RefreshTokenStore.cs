using AdaptiveLearning.Application.Auth;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Auth;

internal sealed class RefreshTokenStore(MySqlDataSource db) : IRefreshTokenStore
{
    public async Task AddAsync(RefreshToken token, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO refresh_tokens (id, user_id, family_id, token_hash, expires_at, created_at, user_agent, client)
            VALUES (@Id, @UserId, @FamilyId, @TokenHash, @ExpiresAt, UTC_TIMESTAMP(6), @UserAgent, @Client)
            """,
            new
            {
                Id = token.Id.ToString(), UserId = token.UserId.ToString(), FamilyId = token.FamilyId.ToString(),
                token.TokenHash, token.ExpiresAt,
                UserAgent = token.UserAgent is { Length: > 255 } agent ? agent[..255] : token.UserAgent,
                Client = token.Client is { Length: > 64 } client ? client[..64] : token.Client,
            }, cancellationToken: ct));
    }

    public async Task<RefreshToken?> FindByHashAsync(string tokenHash, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition("""
            SELECT id, user_id, family_id, token_hash, expires_at, used_at, revoked_at
            FROM refresh_tokens WHERE token_hash = @TokenHash
            """, new { TokenHash = tokenHash }, cancellationToken: ct));
        return row is null
            ? null
            : new RefreshToken(row.Id, row.UserId, row.FamilyId, row.TokenHash,
                row.ExpiresAt, row.UsedAt, row.RevokedAt);
    }

    public async Task<bool> TryMarkUsedAsync(Guid id, DateTimeOffset at, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE refresh_tokens SET used_at = @At WHERE id = @Id AND used_at IS NULL AND revoked_at IS NULL",
            new { Id = id.ToString(), At = at }, cancellationToken: ct));
        return changed == 1;
    }

    public async Task RevokeFamilyAsync(Guid familyId, DateTimeOffset at, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE refresh_tokens SET revoked_at = @At WHERE family_id = @FamilyId AND revoked_at IS NULL",
            new { FamilyId = familyId.ToString(), At = at }, cancellationToken: ct));
    }

    private sealed class Row
    {
        public Guid Id { get; init; }
        public Guid UserId { get; init; }
        public Guid FamilyId { get; init; }
        public string TokenHash { get; init; } = "";
        public DateTimeOffset ExpiresAt { get; init; }
        public DateTimeOffset? UsedAt { get; init; }
        public DateTimeOffset? RevokedAt { get; init; }
    }
}
