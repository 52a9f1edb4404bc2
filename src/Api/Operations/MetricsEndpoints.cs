using AdaptiveLearning.Infrastructure.Caching;

namespace AdaptiveLearning.Api.Operations;

internal static class MetricsEndpoints
{
    public const string CacheRoute = "/metrics/cache";

    /// <summary>Content-cache counters for operators (admins or the configured scraper); no personal data.</summary>
    public static void MapMetricsEndpoints(this WebApplication app) =>
        app.MapGet(CacheRoute, (CacheMetrics metrics) => Results.Json(new
        {
            hits = metrics.Hits,
            misses = metrics.Misses,
            invalidations = metrics.Invalidations,
            generation = metrics.Generation,
        })).AddEndpointFilter<MetricsAccess>().ExcludeFromDescription();
}
