using System.Data.Common;
using System.Net.Sockets;
using MySqlConnector;
using StackExchange.Redis;

namespace AdaptiveLearning.Api.Errors;

/// <summary>Failures that mean MariaDB or Redis cannot be reached right now: the client should retry, not report a bug.</summary>
internal static class DependencyOutage
{
    /// <summary>Seconds a client should wait before retrying.</summary>
    public const int RetryAfterSeconds = 5;

    public const string Detail = "The service cannot reach its database right now. Retry shortly; an answer sent again with the same " +
                                 "clientAttemptId is recorded once, so a retry is always safe.";

    /// <summary>A Galera node outside the primary component, or still joining, refuses statements with this error.</summary>
    private const int GaleraNodeNotReady = 1047;

    public static bool Is(Exception exception) => exception switch
    {
        MySqlException { Number: GaleraNodeNotReady } => true,
        // A database node killed mid-query can surface as the bare socket error, not wrapped in a MySqlException;
        // the API opens no other sockets in a request (Redis failures have their own types above).
        SocketException => true,
        DbException db when db.IsTransient || db.InnerException is IOException or SocketException or TimeoutException => true,
        RedisConnectionException or RedisTimeoutException => true,
        _ => exception.InnerException is { } inner && Is(inner),
    };

    /// <summary>
    /// Pooled database sessions are handed out without a round trip (Connection Reset off, see Infrastructure's
    /// <c>DependencyInjection.PooledConnectionString</c>), so after a node died the pool can still hold sessions to it.
    /// Dropping the idle ones makes the next requests connect afresh (through the load balancer, to a live node)
    /// instead of each failing once on a dead session.
    /// </summary>
    public static void ForgetIdleDatabaseSessions(Exception exception)
    {
        if (!IsRedis(exception))
            MySqlConnection.ClearAllPools();
    }

    private static bool IsRedis(Exception exception) =>
        exception is RedisConnectionException or RedisTimeoutException || exception.InnerException is { } inner && IsRedis(inner);
}
