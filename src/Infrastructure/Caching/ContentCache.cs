using AdaptiveLearning.Application.Common;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using ZiggyCreatures.Caching.Fusion;

namespace AdaptiveLearning.Infrastructure.Caching;

/// <summary>
/// Two-level cache for content reads (FusionCache: memory + Redis). Every key carries the DTO schema
/// version and a content generation; a write bumps the generation in Redis and announces it over
/// pub/sub, so every instance switches to fresh keys at once. When Redis is down, a write clears
/// this instance's memory level and bumps the generation again once Redis is back.
/// </summary>
public sealed class ContentCache : IContentGeneration
{
    /// <summary>Bump when a cached DTO changes shape, so a deploy never reads old shapes from Redis.</summary>
    public const int SchemaVersion = 3;
    private readonly string _generationKey;
    private readonly RedisChannel _channel;

    private readonly IFusionCache _cache;
    private readonly IConnectionMultiplexer _redis;
    private readonly CacheMetrics _metrics;
    private readonly ILogger<ContentCache> _logger;
    private long _generation;
    private int _pendingInvalidation;

    public ContentCache(IFusionCache cache, IConnectionMultiplexer redis, CacheMetrics metrics, ILogger<ContentCache> logger,
        CacheOptions options)
    {
        (_cache, _redis, _metrics, _logger) = (cache, redis, metrics, logger);
        _generationKey = $"{options.KeyPrefix}:content:generation";
        _channel = RedisChannel.Literal($"{options.KeyPrefix}:content:invalidated");
        cache.Events.Hit += (_, _) => metrics.Hit();
        cache.Events.Miss += (_, _) => metrics.Miss();
        redis.ConnectionRestored += (_, _) => _ = OnReconnectedAsync();
    }

    public long Current => Interlocked.Read(ref _generation);

    public ValueTask<T> GetOrSetAsync<T>(string key, Func<CancellationToken, Task<T>> factory, CancellationToken ct) =>
        _cache.GetOrSetAsync<T>(Key(key), (_, token) => factory(token), token: ct);

    /// <summary>Like <see cref="GetOrSetAsync{T}"/>, for values that stay in this instance's memory and never go to Redis.</summary>
    public ValueTask<T> GetOrSetInMemoryAsync<T>(string key, Func<CancellationToken, Task<T>> factory, CancellationToken ct) =>
        _cache.GetOrSetAsync<T>(Key(key), (_, token) => factory(token), MemoryOnly, token: ct);

    /// <summary>Every key carries the DTO schema and the current generation, so a write or a deploy retires it.</summary>
    private string Key(string key) => $"content:v{SchemaVersion}:g{Current}:{key}";

    private static readonly FusionCacheEntryOptions MemoryOnly = new FusionCacheEntryOptions { Duration = TimeSpan.FromSeconds(30) }
        .SetSkipDistributedCache(true, true);

    /// <summary>
    /// Retires every cached content entry on every instance. Called after a write has committed, so it never
    /// throws for Redis trouble: the write stands, and the other instances catch up when Redis returns.
    /// </summary>
    public async Task InvalidateAllAsync(CancellationToken ct)
    {
        _metrics.Invalidated();
        if (_redis.IsConnected)
        {
            try
            {
                var generation = await _redis.GetDatabase().StringIncrementAsync(_generationKey);
                Advance(generation);
                await _redis.GetSubscriber().PublishAsync(_channel, generation);
                return;
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                _logger.LogWarning("Redis unavailable while invalidating content; clearing this instance only");
            }
        }
        Interlocked.Exchange(ref _pendingInvalidation, 1);
        Interlocked.Increment(ref _generation);
        _metrics.Generation = Interlocked.Read(ref _generation);
    }

    /// <summary>Reads the current generation and listens for new ones; called once at startup.</summary>
    public async Task StartAsync()
    {
        try
        {
            await _redis.GetSubscriber().SubscribeAsync(_channel, (_, value) =>
            {
                if (value.TryParse(out long generation)) Advance(generation);
            });
            var current = await _redis.GetDatabase().StringGetAsync(_generationKey);
            if (current.TryParse(out long stored)) Advance(stored);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            _logger.LogWarning("Redis unavailable at startup; the content cache runs on memory until it returns");
        }
    }

    private void Advance(long generation)
    {
        long current;
        do
        {
            current = Interlocked.Read(ref _generation);
            if (generation <= current) return;
        } while (Interlocked.CompareExchange(ref _generation, generation, current) != current);
        _metrics.Generation = generation;
    }

    private async Task OnReconnectedAsync()
    {
        // Writes made while Redis was down were invisible to other instances and may sit stale in Redis.
        if (Interlocked.Exchange(ref _pendingInvalidation, 0) == 1)
            await InvalidateAllAsync(CancellationToken.None);
        else
            await StartAsync();
    }
}
