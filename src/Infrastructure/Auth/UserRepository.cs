using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Users;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Auth;

internal sealed class UserRepository(MySqlDataSource db, AccountStanding standing) : IUserRepository
{
    private const int DuplicateKey = 1062;

    public async Task<User?> GetAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(
            UserRow.SelectById, new { Id = id.ToString() }, cancellationToken: ct));
        return row?.ToUser();
    }

    public async Task<User?> FindByLoginAsync(string login, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QueryFirstOrDefaultAsync<UserRow>(new CommandDefinition(
            $"SELECT {UserRow.Columns}, {UserRow.MfaEnabledColumn} FROM users WHERE email = @Login OR username = @Login ORDER BY email = @Login DESC LIMIT 1",
            new { Login = login }, cancellationToken: ct));
        return row?.ToUser();
    }

    public Task<bool> EmailExistsAsync(string email, CancellationToken ct) =>
        ExistsAsync("SELECT EXISTS(SELECT 1 FROM users WHERE email = @Value)", email, ct);

    public Task<bool> UsernameExistsAsync(string username, CancellationToken ct) =>
        ExistsAsync("SELECT EXISTS(SELECT 1 FROM users WHERE username = @Value)", username, ct);

    public async Task AddAsync(User user, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition($"""
                INSERT INTO users ({UserRow.Columns})
                VALUES (@Id, @Email, @Username, @PasswordHash, @Role, @DisplayName, @TimeZone, @Language, @Settings,
                        @FailedLoginCount, @LockedUntil, @CreatedAt, @IsActive, @SecurityStamp, @EmailVerifiedAt)
                """, UserRow.ToParameters(user), cancellationToken: ct));
        }
        catch (MySqlException e) when (e.Number == DuplicateKey)
        {
            throw new DuplicateKeyException(e.Message.Contains("ux_users_email") ? "email" : "username", e);
        }
    }

    public async Task SaveAsync(User user, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE users SET display_name = @DisplayName, time_zone = @TimeZone, language = @Language,
                             settings = @Settings, password_hash = @PasswordHash
            WHERE id = @Id
            """, UserRow.ToParameters(user), cancellationToken: ct));
    }

    public async Task SaveLoginStateAsync(User user, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE users SET failed_login_count = @FailedLoginCount, locked_until = @LockedUntil WHERE id = @Id",
            UserRow.ToParameters(user), cancellationToken: ct));
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM users WHERE id = @Id", new { Id = id.ToString() }, cancellationToken: ct));
        await standing.ForgetAsync(id);
    }

    private async Task<bool> ExistsAsync(string sql, string value, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(sql, new { Value = value }, cancellationToken: ct));
    }
}
