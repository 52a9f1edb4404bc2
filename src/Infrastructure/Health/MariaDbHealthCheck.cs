using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Health;

internal sealed class MariaDbHealthCheck(MySqlDataSource db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await using var connection = await db.OpenConnectionAsync(ct);
            await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: ct));
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is MySqlException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("MariaDB is unreachable.");
        }
    }
}
