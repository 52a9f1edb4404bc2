using AdaptiveLearning.Application.Auth;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Auth;

internal sealed class MfaChallengeStore(MySqlDataSource db) : IMfaChallengeStore
{
    public async Task AddAsync(MfaChallenge challenge, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        // Challenges are worthless once expired; dropping the user's old ones here keeps the table small without a job.
        await connection.ExecuteAsync(new CommandDefinition("""
            DELETE FROM mfa_challenges WHERE user_id = @UserId AND expires_at < UTC_TIMESTAMP(6);
            INSERT INTO mfa_challenges (token_hash, user_id, expires_at) VALUES (@TokenHash, @UserId, @ExpiresAt)
            """, new { challenge.TokenHash, UserId = challenge.UserId.ToString(), challenge.ExpiresAt }, cancellationToken: ct));
    }

    public async Task<MfaChallenge?> FindAsync(string tokenHash, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            "SELECT token_hash, user_id, expires_at, used_at FROM mfa_challenges WHERE token_hash = @TokenHash",
            new { TokenHash = tokenHash }, cancellationToken: ct));
        return row is null ? null : new MfaChallenge(row.TokenHash, row.UserId, row.ExpiresAt, row.UsedAt);
    }

    public async Task<bool> TryUseAsync(string tokenHash, DateTimeOffset at, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE mfa_challenges SET used_at = @At WHERE token_hash = @TokenHash AND used_at IS NULL AND expires_at > @At",
            new { TokenHash = tokenHash, At = at }, cancellationToken: ct));
        return changed == 1;
    }

    public async Task RecordWrongCodeAsync(string tokenHash, int maxAttempts, DateTimeOffset at, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        // used_at is assigned first: MariaDB evaluates SET left to right, so it reads the count before this increment.
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE mfa_challenges
            SET used_at = IF(failed_attempts + 1 >= @Max, @At, used_at), failed_attempts = failed_attempts + 1
            WHERE token_hash = @TokenHash AND used_at IS NULL
            """, new { TokenHash = tokenHash, Max = maxAttempts, At = at }, cancellationToken: ct));
    }

    private sealed class Row
    {
        public string TokenHash { get; init; } = "";
        public Guid UserId { get; init; }
        public DateTimeOffset ExpiresAt { get; init; }
        public DateTimeOffset? UsedAt { get; init; }
    }
}
