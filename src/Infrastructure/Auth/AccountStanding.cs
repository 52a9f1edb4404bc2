using System.Collections.Concurrent;
using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Infrastructure.Caching;
using Dapper;
using Microsoft.Extensions.Logging;
using MySqlConnector;
using StackExchange.Redis;

namespace AdaptiveLearning.Infrastructure.Auth;

/// <summary>
/// Each account's standing (security stamp, active) kept in this instance's memory, so an authenticated request
/// costs no database read (ADR 0011). Whoever moves a stamp on, deactivates or erases an account calls
/// <see cref="ForgetAsync"/> after the commit: this instance forgets at once, the others on a Redis pub/sub message.
/// Remembered standings are trusted only while this instance's Redis connection is up (a dropped connection may have
/// lost messages, so everything is forgotten and the database is read until it is back), and for at most
/// <see cref="TrustFor"/>, which bounds the staleness should a message be lost some other way.
/// </summary>
internal sealed class AccountStanding : IAccountStanding
{
    internal static readonly TimeSpan TrustFor = TimeSpan.FromSeconds(5);
    // Far above the learners one instance serves at once; past it the memory starts over rather than grow.
    private const int MaxRemembered = 200_000;

    private readonly ConcurrentDictionary<Guid, Standing> _remembered = new();
    private readonly MySqlDataSource _db;
    private readonly IConnectionMultiplexer _redis;
    private readonly ILogger<AccountStanding> _logger;
    private readonly RedisChannel _channel;
    private long _forgets;
    private volatile bool _listening;

    public AccountStanding(MySqlDataSource db, IConnectionMultiplexer redis, CacheOptions options, ILogger<AccountStanding> logger)
    {
        (_db, _redis, _logger) = (db, redis, logger);
        _channel = RedisChannel.Literal($"{options.KeyPrefix}:auth:standing-changed");
        redis.ConnectionFailed += (_, _) => StopTrusting();
        redis.ConnectionRestored += (_, _) => _ = ListenAsync();
        _ = ListenAsync();
    }

    public async Task<bool> IsCurrentAsync(Guid userId, int securityStamp, CancellationToken ct)
    {
        if (_listening && _remembered.TryGetValue(userId, out var known) && Environment.TickCount64 < known.TrustedUntil)
            return known.Speaks(securityStamp);

        // A forget that lands while the database is read may concern the row being read: then the answer is used once, not kept.
        var forgetsBefore = Interlocked.Read(ref _forgets);
        var standing = await ReadAsync(userId, ct);
        if (_listening && Interlocked.Read(ref _forgets) == forgetsBefore)
        {
            if (_remembered.Count >= MaxRemembered)
                _remembered.Clear();
            _remembered[userId] = standing;
        }
        return standing.Speaks(securityStamp);
    }

    /// <summary>Called after a committed change to the account's stamp, activity or existence; never throws for Redis trouble.</summary>
    public async Task ForgetAsync(Guid userId)
    {
        Forget(userId);
        try
        {
            await _redis.GetSubscriber().PublishAsync(_channel, userId.ToString());
        }
        catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
        {
            _logger.LogWarning("Redis unavailable while announcing an account change; other instances catch up within {Seconds} s", TrustFor.TotalSeconds);
        }
    }

    private void Forget(Guid userId)
    {
        Interlocked.Increment(ref _forgets);
        _remembered.TryRemove(userId, out _);
    }

    private void StopTrusting()
    {
        _listening = false;
        Interlocked.Increment(ref _forgets);
        _remembered.Clear();
    }

    private async Task ListenAsync()
    {
        try
        {
            await _redis.GetSubscriber().SubscribeAsync(_channel, (_, message) =>
            {
                if (Guid.TryParse(message.ToString(), out var userId))
                    Forget(userId);
            });
            // Anything remembered before this point may have missed a message.
            _remembered.Clear();
            Interlocked.Increment(ref _forgets);
            _listening = true;
        }
        catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
        {
            _logger.LogWarning("Redis unavailable; account standings are read from the database on every request until it returns");
        }
    }

    private async Task<Standing> ReadAsync(Guid userId, CancellationToken ct)
    {
        await using var connection = await _db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<StandingRow>(new CommandDefinition(
            "SELECT security_stamp AS Stamp, is_active AS Active FROM users WHERE id = @Id", new { Id = userId.ToString() }, cancellationToken: ct));
        return new Standing(row?.Stamp, row?.Active == true, Environment.TickCount64 + (long)TrustFor.TotalMilliseconds);
    }

    private sealed class StandingRow
    {
        public int Stamp { get; init; }
        public bool Active { get; init; }
    }

    /// <summary>A missing account has no stamp, so no token speaks for it.</summary>
    private readonly record struct Standing(int? Stamp, bool Active, long TrustedUntil)
    {
        public bool Speaks(int securityStamp) => Active && Stamp == securityStamp;
    }
}
