using AdaptiveLearning.Application.Auth;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Auth;

/// <summary>One primary-key read per authenticated request: the source of truth, so a revocation holds on every instance at once.</summary>
internal sealed class AccountStanding(MySqlDataSource db) : IAccountStanding
{
    public async Task<bool> IsCurrentAsync(Guid userId, int securityStamp, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS(SELECT 1 FROM users WHERE id = @Id AND is_active = 1 AND security_stamp = @Stamp)",
            new { Id = userId.ToString(), Stamp = securityStamp }, cancellationToken: ct));
    }
}
