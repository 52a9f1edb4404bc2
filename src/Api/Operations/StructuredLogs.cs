using Microsoft.Extensions.Logging.Console;

namespace AdaptiveLearning.Api.Operations;

/// <summary>
/// One JSON object per log line outside Development (or wherever <c>Logging:Console:FormatterName</c> says json), each
/// carrying the TraceId and SpanId of the request's activity, so a log line leads to its trace and a trace to its logs.
/// Development keeps the readable single-line format unless told otherwise.
/// </summary>
internal static class StructuredLogs
{
    public static void AddStructuredLogs(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.Configure(o => o.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        builder.Logging.AddConsole();
        // PostConfigure: a FormatterName from configuration has already been bound and wins.
        var formatter = builder.Environment.IsDevelopment() ? ConsoleFormatterNames.Simple : ConsoleFormatterNames.Json;
        builder.Services.PostConfigure<ConsoleLoggerOptions>(o => o.FormatterName ??= formatter);
        builder.Services.Configure<JsonConsoleFormatterOptions>(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        builder.Services.Configure<SimpleConsoleFormatterOptions>(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "HH:mm:ss.fff ";
            o.SingleLine = true;
        });
    }
}
