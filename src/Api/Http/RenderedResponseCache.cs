using System.Collections.Concurrent;
using System.Text.Json;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Infrastructure.Caching;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace AdaptiveLearning.Api.Http;

/// <summary>
/// Content reads kept as the bytes they are sent as, so a hit costs a lookup: no serialising, no hashing.
/// Entries live on a shelf for one content generation; when a write commits, the generation moves on and
/// the whole shelf is dropped, so nothing rendered before the write is served after it. The shelf is
/// bounded by <c>Api:RenderedCacheBytes</c>; a full shelf is emptied and refills with what is asked for.
/// A shelf also lives at most <c>Api:RenderedCacheSeconds</c>, as the object cache's memory level does, so an
/// instance that missed an invalidation while Redis was away serves old content for seconds, not for ever.
/// Only successful reads get here: a loader that throws (404, 400) leaves nothing behind.
/// </summary>
internal sealed class RenderedResponseCache(
    IContentGeneration generation, CacheMetrics metrics, IOptions<JsonOptions> json, IConfiguration configuration)
{
    private readonly JsonSerializerOptions _json = json.Value.SerializerOptions;
    private readonly long _budgetBytes = configuration.GetValue<long?>("Api:RenderedCacheBytes") ?? 64L * 1024 * 1024;
    private readonly long _lifetimeMs = (configuration.GetValue<int?>("Api:RenderedCacheSeconds") ?? 30) * 1000L;
    private Shelf _shelf = new(long.MinValue, long.MinValue);

    public async ValueTask<RenderedResponse> GetOrRenderAsync<T>(RenderedKey key, Func<CancellationToken, Task<T>> load, CancellationToken ct)
    {
        // The generation is read before the content is: an entry is never labelled newer than what it holds.
        var shelf = ShelfFor(generation.Current);
        if (shelf.Entries.TryGetValue(key, out var hit))
        {
            metrics.Hit();
            return hit;
        }

        var rendered = RenderedResponse.Of(JsonSerializer.SerializeToUtf8Bytes(await load(ct), _json));
        if (!shelf.TryAdd(key, rendered, _budgetBytes))
            Interlocked.CompareExchange(ref _shelf, new Shelf(shelf.Generation, shelf.ExpiresAt), shelf);
        return rendered;
    }

    private Shelf ShelfFor(long current)
    {
        var now = Environment.TickCount64;
        while (true)
        {
            var shelf = Volatile.Read(ref _shelf);
            // A newer shelf than the generation this request read holds content at least as fresh: use it.
            if (shelf.Generation >= current && now < shelf.ExpiresAt)
                return shelf;
            var fresh = new Shelf(Math.Max(current, shelf.Generation), now + _lifetimeMs);
            if (Interlocked.CompareExchange(ref _shelf, fresh, shelf) == shelf)
                return fresh;
        }
    }

    private sealed class Shelf(long generation, long expiresAt)
    {
        private long _bytes;

        public long Generation { get; } = generation;
        public long ExpiresAt { get; } = expiresAt;
        public ConcurrentDictionary<RenderedKey, RenderedResponse> Entries { get; } = new();

        public bool TryAdd(RenderedKey key, RenderedResponse rendered, long budgetBytes)
        {
            if (Interlocked.Add(ref _bytes, rendered.Body.Length + key.OverheadBytes) > budgetBytes)
                return false;
            Entries.TryAdd(key, rendered);
            return true;
        }
    }
}
