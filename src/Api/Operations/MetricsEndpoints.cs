using AdaptiveLearning.Infrastructure.Caching;

namespace AdaptiveLearning.Api.Operations;

/// <summary>Operator endpoints (admins or the configured scraper); no personal data, and no part of the SDK contract.</summary>
internal static class MetricsEndpoints
{
    public const string CacheRoute = "/metrics/cache";
    public const string PrometheusRoute = "/metrics";

    public static void MapMetricsEndpoints(this WebApplication app)
    {
        app.MapGet(CacheRoute, (CacheMetrics metrics) => Results.Json(new
        {
            hits = metrics.Hits,
            misses = metrics.Misses,
            invalidations = metrics.Invalidations,
            generation = metrics.Generation,
        })).AddEndpointFilter<MetricsAccess>().ExcludeFromDescription();

        var access = ActivatorUtilities.CreateInstance<MetricsAccess>(app.Services);
        app.MapPrometheusScrapingEndpoint(PrometheusRoute, meterProvider: null, configureBranchedPipeline: branch => branch.Use(access.InvokeAsync),
            optionsName: null).ExcludeFromDescription();
    }
}
