namespace AdaptiveLearning.Infrastructure.Caching;

/// <summary>
/// <c>Cache:KeyPrefix</c> namespaces every Redis key and channel of the content cache, so several
/// deployments (or test runs) can share one Redis without invalidating each other.
/// </summary>
public sealed record CacheOptions(string KeyPrefix = "adaptive");
