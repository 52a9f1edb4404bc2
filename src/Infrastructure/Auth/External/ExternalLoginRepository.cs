using AdaptiveLearning.Application.Auth.External;
using AdaptiveLearning.Application.Common;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Auth.External;

internal sealed class ExternalLoginRepository(MySqlDataSource db) : IExternalLoginRepository
{
    private const int DuplicateKey = 1062;

    private const string Columns = "id, user_id, provider, issuer, subject, email, created_at, last_used_at";

    public async Task<ExternalLogin?> FindAsync(string issuer, string subject, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM external_logins WHERE issuer = @Issuer AND subject = @Subject",
            new { Issuer = issuer, Subject = subject }, cancellationToken: ct));
        return row?.ToLogin();
    }

    public async Task AddAsync(ExternalLogin login, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO external_logins (id, user_id, provider, issuer, subject, email, created_at, last_used_at)
                VALUES (@Id, @UserId, @Provider, @Issuer, @Subject, @Email, @CreatedAt, @LastUsedAt)
                """,
                new
                {
                    Id = login.Id.ToString(), UserId = login.UserId.ToString(), login.Provider, login.Issuer, login.Subject,
                    login.Email, login.CreatedAt, login.LastUsedAt,
                }, cancellationToken: ct));
        }
        catch (MySqlException e) when (e.Number == DuplicateKey)
        {
            throw new DuplicateKeyException("subject", e);
        }
    }

    public async Task MarkUsedAsync(Guid id, DateTimeOffset at, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE external_logins SET last_used_at = @At WHERE id = @Id", new { Id = id.ToString(), At = at }, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<ExternalLogin>> ListAsync(Guid userId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return (await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM external_logins WHERE user_id = @UserId ORDER BY created_at, id",
            new { UserId = userId.ToString() }, cancellationToken: ct))).Select(r => r.ToLogin()).ToList();
    }

    public async Task<bool> DeleteAsync(Guid userId, Guid id, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM external_logins WHERE id = @Id AND user_id = @UserId",
            new { Id = id.ToString(), UserId = userId.ToString() }, cancellationToken: ct)) > 0;
    }

    private sealed class Row
    {
        public Guid Id { get; init; }
        public Guid UserId { get; init; }
        public string Provider { get; init; } = "";
        public string Issuer { get; init; } = "";
        public string Subject { get; init; } = "";
        public string? Email { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset? LastUsedAt { get; init; }

        public ExternalLogin ToLogin() => new(Id, UserId, Provider, Issuer, Subject, Email, CreatedAt, LastUsedAt);
    }
}
