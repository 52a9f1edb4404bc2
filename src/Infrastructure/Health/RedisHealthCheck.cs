using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace AdaptiveLearning.Infrastructure.Health;

internal sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // The API keeps serving from MariaDB without Redis, so this degrades rather than fails readiness.
            return HealthCheckResult.Degraded("Redis is unreachable; serving without the shared cache.");
        }
    }
}
