using AdaptiveLearning.Infrastructure.Observability;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace AdaptiveLearning.Api.Operations;

/// <summary>
/// Metrics and traces, wired in one place: metrics are scraped from <see cref="MetricsEndpoints.PrometheusRoute"/>; traces
/// (and logs) are pushed over OTLP only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> says where to.
/// </summary>
internal static class Telemetry
{
    public const string ServiceName = "adaptive-learning-api";

    /// <summary>MySqlConnector's own meter (connection pool) and activity source (one span per command).</summary>
    private const string MySqlConnector = "MySqlConnector";

    public static void AddTelemetry(this WebApplicationBuilder builder)
    {
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName))
            .WithMetrics(metrics => metrics
                .AddMeter(OperationalMetrics.MeterName, MySqlConnector)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                // Scrapes are authenticated and come every 15 s or so; a cached answer would only hide the newest figures.
                .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !IsOperatorPoll(http.Request.Path))
                .AddHttpClientInstrumentation()
                .AddSource(MySqlConnector));
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            telemetry.UseOtlpExporter();
    }

    /// <summary>Scrapes and probes arrive every few seconds from machines, not users: recording them would drown the traces.</summary>
    private static bool IsOperatorPoll(PathString path) =>
        path.StartsWithSegments(MetricsEndpoints.PrometheusRoute) || path.StartsWithSegments("/health");
}
