namespace AdaptiveLearning.Api.FunctionalTests.Models;

/// <summary>The content-cache counters operators read; the endpoint is left out of the OpenAPI document.</summary>
internal sealed record CacheMetrics(long Hits, long Misses, long Invalidations, long Generation);
