using AdaptiveLearning.Application.Users;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Users;

/// <summary>Devices are refresh-token families: created by a login, touched by each refresh, live while a token is usable.</summary>
internal sealed class DeviceSessions(MySqlDataSource db) : IDeviceSessions
{
    public async Task<IReadOnlyList<SignedInSession>> ListAsync(Guid userId, DateTimeOffset now, CancellationToken ct)
    {
        // The newest token of each family describes the device as it was last seen.
        const string sql = $"""
            SELECT f.family_id AS {nameof(Row.Id)}, f.created_at AS {nameof(Row.CreatedAt)}, latest.created_at AS {nameof(Row.LastUsedAt)},
                   latest.user_agent AS {nameof(Row.UserAgent)}, latest.client AS {nameof(Row.Client)}
            FROM (SELECT family_id, MIN(created_at) AS created_at, MAX(created_at) AS last_at
                  FROM refresh_tokens WHERE user_id = @UserId GROUP BY family_id
                  HAVING SUM(revoked_at IS NULL AND used_at IS NULL AND expires_at > @Now) > 0) f
            JOIN refresh_tokens latest ON latest.family_id = f.family_id AND latest.created_at = f.last_at AND latest.user_id = @UserId
            ORDER BY latest.created_at DESC
            """;
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(sql, new { UserId = userId.ToString(), Now = now }, cancellationToken: ct));
        return rows.DistinctBy(r => r.Id)
            .Select(r => new SignedInSession(r.Id, r.CreatedAt, r.LastUsedAt, r.UserAgent, r.Client, false)).ToList();
    }

    public async Task<bool> RevokeAsync(Guid userId, Guid sessionId, DateTimeOffset at, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE refresh_tokens SET revoked_at = @At
            WHERE user_id = @UserId AND family_id = @SessionId AND revoked_at IS NULL AND expires_at > @At
            """, new { UserId = userId.ToString(), SessionId = sessionId.ToString(), At = at }, cancellationToken: ct)) > 0;
    }

    private sealed class Row
    {
        public Guid Id { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset LastUsedAt { get; init; }
        public string? UserAgent { get; init; }
        public string? Client { get; init; }
    }
}
