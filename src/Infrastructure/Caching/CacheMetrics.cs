namespace AdaptiveLearning.Infrastructure.Caching;

/// <summary>
/// Hit and miss counts of the content cache since the process started (served at /metrics/cache). A read answered
/// from the Api's rendered responses counts as a hit there; one rendered anew counts at the object cache below it.
/// </summary>
public sealed class CacheMetrics
{
    private long _hits;
    private long _misses;
    private long _invalidations;

    public long Hits => Interlocked.Read(ref _hits);
    public long Misses => Interlocked.Read(ref _misses);
    public long Invalidations => Interlocked.Read(ref _invalidations);
    public long Generation { get; internal set; }

    public void Hit() => Interlocked.Increment(ref _hits);
    internal void Miss() => Interlocked.Increment(ref _misses);
    internal void Invalidated() => Interlocked.Increment(ref _invalidations);
}
