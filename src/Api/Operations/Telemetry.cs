using System.Diagnostics.Metrics;
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
        var exporting = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
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
                // With nowhere to send spans, recording them is pure cost on every request: sampled off, a request still
                // gets its trace id (the caller's traceparent or a new one) for problems and logs, but nothing is recorded.
                .SetSampler(exporting ? new ParentBasedSampler(new AlwaysOnSampler()) : new AlwaysOffSampler())
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !IsOperatorPoll(http.Request.Path))
                .AddHttpClientInstrumentation()
                .AddSource(MySqlConnector));
        builder.Services.ConfigureOpenTelemetryMeterProvider((services, metrics) =>
            metrics.AddView(OnlyThisHostsMeters(services.GetRequiredService<IMeterFactory>())));
        if (exporting)
            telemetry.UseOtlpExporter();
    }

    /// <summary>
    /// The SDK subscribes to meters by name across the whole process. A second host in the process (the functional tests
    /// start several) creates instruments of the same names through its own <see cref="IMeterFactory"/>; they would share
    /// this host's streams, and when that host stops, disposing its instruments retires the shared streams here too.
    /// Meters created without a factory (MySqlConnector's, the runtime's) are process-wide and stay.
    /// </summary>
    private static Func<Instrument, MetricStreamConfiguration?> OnlyThisHostsMeters(IMeterFactory own) => instrument =>
        instrument.Meter.Scope is IMeterFactory factory && !ReferenceEquals(factory, own) ? MetricStreamConfiguration.Drop : null;

    /// <summary>Scrapes and probes arrive every few seconds from machines, not users: recording them would drown the traces.</summary>
    private static bool IsOperatorPoll(PathString path) =>
        path.StartsWithSegments(MetricsEndpoints.PrometheusRoute) || path.StartsWithSegments("/health");
}
