using System.Data;
using AdaptiveLearning.Application.Admin;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Users;
using AdaptiveLearning.Infrastructure.Audit;
using AdaptiveLearning.Infrastructure.Auth;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Admin;

internal sealed class UserAdministration(MySqlDataSource db, AccountStanding standing) : IUserAdministration
{
    private const int Attempts = 3;

    public async Task<Page<ManagedUser>> ListAsync(UserListSpecification spec, CancellationToken ct)
    {
        var (sql, parameters) = UserListSql.Build(spec);
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = (await connection.QueryAsync<ManagedUserRow>(new CommandDefinition(sql, parameters, cancellationToken: ct))).ToList();
        var page = Page<ManagedUserRow>.FromRows(rows, spec.Limit, last => new KeysetCursor(last.Seq));
        return new Page<ManagedUser>(page.Items.Select(r => r.ToManagedUser()).ToList(), page.Next);
    }

    public async Task<ManagedUser?> GetAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<ManagedUserRow>(new CommandDefinition(
            $"SELECT {ManagedUserRow.Columns} FROM users u WHERE u.id = @Id", new { Id = id.ToString() }, cancellationToken: ct));
        return row?.ToManagedUser();
    }

    public async Task<ManagedUser?> ChangeAsync(Guid id, Func<ManagedUser, int, AccountChange> decide, DateTimeOffset at, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ChangeOnceAsync(id, decide, at, ct);
            }
            // A deadlock on one server, or a lost certification on Galera: the other change committed, so decide again.
            catch (MySqlException e) when (e.ErrorCode == MySqlErrorCode.LockDeadlock && attempt < Attempts)
            {
            }
        }
    }

    private async Task<ManagedUser?> ChangeOnceAsync(Guid id, Func<ManagedUser, int, AccountChange> decide, DateTimeOffset at, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        // Read committed: once the guard is ours, the admin count below sees every change that held it before.
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO admin_guard (id, changes) VALUES (1, 1) ON DUPLICATE KEY UPDATE changes = changes + 1",
            transaction: transaction, cancellationToken: ct));
        var row = await connection.QuerySingleOrDefaultAsync<ManagedUserRow>(new CommandDefinition(
            $"SELECT {ManagedUserRow.Columns} FROM users u WHERE u.id = @Id FOR UPDATE",
            new { Id = id.ToString() }, transaction, cancellationToken: ct));
        if (row is null)
            return null;
        var current = row.ToManagedUser();
        var otherActiveAdmins = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM users WHERE role = @Admin AND is_active = 1 AND id <> @Id",
            new { Admin = (int)Role.Admin, Id = id.ToString() }, transaction, cancellationToken: ct));

        var change = decide(current, otherActiveAdmins);
        if (!change.Changes(current))
            return current;

        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE users SET role = @Role, is_active = @Active, security_stamp = security_stamp + 1 WHERE id = @Id;
            UPDATE refresh_tokens SET revoked_at = @At WHERE user_id = @Id AND revoked_at IS NULL;
            """,
            new { Role = (int)change.Role, change.Active, Id = id.ToString(), At = at }, transaction, cancellationToken: ct));
        foreach (var entry in change.Audit)
            await AuditInsert.ExecuteAsync(connection, transaction, entry, ct);
        await transaction.CommitAsync(ct);
        await standing.ForgetAsync(id);
        return current with { Role = change.Role, Active = change.Active };
    }
}
