using System.Data;
using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Mail;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Infrastructure.Audit;
using AdaptiveLearning.Infrastructure.Mail;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Auth;

internal sealed class AccountLifecycleStore(MySqlDataSource db, MailOutbox outbox, AccountStanding standing) : IAccountLifecycle
{
    private const int DuplicateKey = 1062;

    public async Task<AccountToken?> FindTokenAsync(string tokenHash, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<AccountTokenRow>(new CommandDefinition(
            $"SELECT {AccountTokenRow.Columns} FROM account_tokens WHERE token_hash = @Hash", new { Hash = tokenHash }, cancellationToken: ct));
        return row?.ToToken();
    }

    public async Task<int> CountTokensSinceAsync(Guid userId, AccountTokenPurpose purpose, DateTimeOffset since, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM account_tokens WHERE user_id = @UserId AND purpose = @Purpose AND created_at >= @Since",
            new { UserId = userId.ToString(), Purpose = WireNames.Of(purpose), Since = since }, cancellationToken: ct));
    }

    public Task IssueTokenAsync(AccountToken token, IReadOnlyList<OutboundMail> mails, AuditEntry audit, CancellationToken ct) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync(new CommandDefinition($"""
                INSERT INTO account_tokens ({AccountTokenRow.Columns})
                VALUES (@Id, @UserId, @Purpose, @TokenHash, @Email, @CreatedAt, @ExpiresAt, NULL)
                """, new
                {
                    Id = token.Id.ToString(), UserId = token.UserId.ToString(), Purpose = WireNames.Of(token.Purpose),
                    token.TokenHash, token.Email, token.CreatedAt, token.ExpiresAt,
                }, transaction, cancellationToken: ct));
            await outbox.AddAsync(connection, transaction, mails, ct);
            await AuditInsert.ExecuteAsync(connection, transaction, audit, ct);
            return true;
        }, ct);

    public async Task<bool> ResetPasswordAsync(AccountToken token, string passwordHash, IReadOnlyList<OutboundMail> mails, AuditEntry audit, CancellationToken ct)
    {
        var reset = await InTransactionAsync(async (connection, transaction) =>
        {
            if (!await UseAsync(connection, transaction, token, audit.At, ct))
                return false;
            // Redeeming the link proves the address it was sent to, if the account still has it.
            var changed = await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE users SET password_hash = @Hash, security_stamp = security_stamp + 1,
                    email_verified_at = IF(email = @Email, COALESCE(email_verified_at, @At), email_verified_at)
                WHERE id = @UserId AND is_active = 1;
                """, new { Hash = passwordHash, token.Email, At = audit.At, UserId = token.UserId.ToString() }, transaction, cancellationToken: ct));
            if (changed == 0)
                return false;
            await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE refresh_tokens SET revoked_at = @At WHERE user_id = @UserId AND revoked_at IS NULL;
                UPDATE account_tokens SET used_at = @At WHERE user_id = @UserId AND purpose = @Purpose AND used_at IS NULL;
                """, new { At = audit.At, UserId = token.UserId.ToString(), Purpose = WireNames.Of(AccountTokenPurpose.PasswordReset) },
                transaction, cancellationToken: ct));
            await outbox.AddAsync(connection, transaction, mails, ct);
            await AuditInsert.ExecuteAsync(connection, transaction, audit, ct);
            return true;
        }, ct);
        if (reset)
            await standing.ForgetAsync(token.UserId);
        return reset;
    }

    public async Task<bool> ConfirmEmailAsync(AccountToken token, AuditEntry audit, CancellationToken ct)
    {
        try
        {
            return await InTransactionAsync(async (connection, transaction) =>
            {
                if (!await UseAsync(connection, transaction, token, audit.At, ct))
                    return false;
                // A verification link proves the address only while the account still has it; a change link moves the account.
                var changed = await connection.ExecuteAsync(new CommandDefinition("""
                    UPDATE users SET email = @Email, email_verified_at = @At
                    WHERE id = @UserId AND (@Moves OR email = @Email)
                    """, new { token.Email, At = audit.At, UserId = token.UserId.ToString(), Moves = token.Purpose == AccountTokenPurpose.ChangeEmail },
                    transaction, cancellationToken: ct));
                if (changed == 0)
                    return false;
                await AuditInsert.ExecuteAsync(connection, transaction, audit, ct);
                return true;
            }, ct);
        }
        catch (MySqlException e) when (e.Number == DuplicateKey)
        {
            throw new DuplicateKeyException("email", e);
        }
    }

    public async Task<int> ChangePasswordAsync(Guid userId, string passwordHash, IReadOnlyList<OutboundMail> mails, AuditEntry audit, CancellationToken ct)
    {
        var newStamp = await InTransactionAsync(async (connection, transaction) =>
        {
            var stamp = await connection.ExecuteScalarAsync<int>(new CommandDefinition("""
                UPDATE users SET password_hash = @Hash, security_stamp = security_stamp + 1 WHERE id = @UserId;
                UPDATE refresh_tokens SET revoked_at = @At WHERE user_id = @UserId AND revoked_at IS NULL;
                SELECT security_stamp FROM users WHERE id = @UserId;
                """, new { Hash = passwordHash, At = audit.At, UserId = userId.ToString() }, transaction, cancellationToken: ct));
            await outbox.AddAsync(connection, transaction, mails, ct);
            await AuditInsert.ExecuteAsync(connection, transaction, audit, ct);
            return stamp;
        }, ct);
        await standing.ForgetAsync(userId);
        return newStamp;
    }

    public async Task MarkEmailVerifiedAsync(Guid userId, DateTimeOffset at, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE users SET email_verified_at = COALESCE(email_verified_at, @At) WHERE id = @Id",
            new { Id = userId.ToString(), At = at }, cancellationToken: ct));
    }

    /// <summary>Marks the token used unless another request did, or it expired, first: the row update is the single-use check.</summary>
    private static async Task<bool> UseAsync(MySqlConnection connection, MySqlTransaction transaction, AccountToken token, DateTimeOffset at, CancellationToken ct) =>
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE account_tokens SET used_at = @At WHERE id = @Id AND used_at IS NULL AND expires_at > @At",
            new { Id = token.Id.ToString(), At = at }, transaction, cancellationToken: ct)) == 1;

    private async Task<T> InTransactionAsync<T>(Func<MySqlConnection, MySqlTransaction, Task<T>> work, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);
        var result = await work(connection, transaction);
        if (result is false)
            await transaction.RollbackAsync(ct);
        else
            await transaction.CommitAsync(ct);
        return result;
    }
}
