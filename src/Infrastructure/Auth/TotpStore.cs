using System.Data;
using AdaptiveLearning.Application.Auth;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Auth;

internal sealed class TotpStore(MySqlDataSource db, AccountStanding standing) : ITotpStore
{
    public async Task<TotpEnrolment?> GetAsync(Guid userId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            "SELECT user_id, secret_protected, confirmed_at, last_used_step FROM user_totp WHERE user_id = @UserId",
            new { UserId = userId.ToString() }, cancellationToken: ct));
        return row is null ? null : new TotpEnrolment(row.UserId, row.SecretProtected, row.ConfirmedAt, row.LastUsedStep);
    }

    public async Task SavePendingAsync(Guid userId, string protectedSecret, DateTimeOffset at, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        // The IF keeps a confirmed authenticator when two enrolments race with a confirmation.
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO user_totp (user_id, secret_protected, confirmed_at, last_used_step, created_at)
            VALUES (@UserId, @Secret, NULL, NULL, @At)
            ON DUPLICATE KEY UPDATE
                secret_protected = IF(confirmed_at IS NULL, VALUES(secret_protected), secret_protected),
                last_used_step = IF(confirmed_at IS NULL, NULL, last_used_step),
                created_at = IF(confirmed_at IS NULL, VALUES(created_at), created_at)
            """, new { UserId = userId.ToString(), Secret = protectedSecret, At = at }, cancellationToken: ct));
    }

    public async Task<bool> TryUseStepAsync(Guid userId, long step, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE user_totp SET last_used_step = @Step WHERE user_id = @UserId AND (last_used_step IS NULL OR last_used_step < @Step)",
            new { UserId = userId.ToString(), Step = step }, cancellationToken: ct));
        return changed == 1;
    }

    public async Task ConfirmAsync(Guid userId, IReadOnlyCollection<string> recoveryCodeHashes, DateTimeOffset at, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var id = userId.ToString();
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE user_totp SET confirmed_at = @At WHERE user_id = @UserId AND confirmed_at IS NULL",
            new { UserId = id, At = at }, transaction, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM mfa_recovery_codes WHERE user_id = @UserId", new { UserId = id }, transaction, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO mfa_recovery_codes (user_id, code_hash) VALUES (@UserId, @CodeHash)",
            recoveryCodeHashes.Select(h => new { UserId = id, CodeHash = h }).ToList(), transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
    }

    public async Task<bool> TryUseRecoveryCodeAsync(Guid userId, string codeHash, DateTimeOffset at, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE mfa_recovery_codes SET used_at = @At WHERE user_id = @UserId AND code_hash = @CodeHash AND used_at IS NULL",
            new { UserId = userId.ToString(), CodeHash = codeHash, At = at }, cancellationToken: ct));
        return changed == 1;
    }

    public async Task DisableAsync(Guid userId, DateTimeOffset at, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await connection.ExecuteAsync(new CommandDefinition("""
            DELETE FROM mfa_recovery_codes WHERE user_id = @UserId;
            DELETE FROM user_totp WHERE user_id = @UserId;
            UPDATE users SET security_stamp = security_stamp + 1 WHERE id = @UserId;
            UPDATE refresh_tokens SET revoked_at = @At WHERE user_id = @UserId AND revoked_at IS NULL;
            """, new { UserId = userId.ToString(), At = at }, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
        await standing.ForgetAsync(userId);
    }

    private sealed class Row
    {
        public Guid UserId { get; init; }
        public string SecretProtected { get; init; } = "";
        public DateTimeOffset? ConfirmedAt { get; init; }
        public long? LastUsedStep { get; init; }
    }
}
