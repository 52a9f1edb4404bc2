using AdaptiveLearning.Application;
using AdaptiveLearning.Infrastructure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AdaptiveLearning.ImportTool;

/// <summary>
/// The API's own composition (AddApplication + AddInfrastructure), configured the same way: environment
/// variables override, and the default connection is the database scripts/run serves. Never started, so
/// the API's hosted services do not run here.
/// </summary>
internal static class ToolHost
{
    public const string DefaultConnection =
        "Server=127.0.0.1;Port=3307;User ID=root;Database=learning;AllowLoadLocalInfile=true;AllowUserVariables=true";
    private const string DefaultRedis = "127.0.0.1:6380,abortConnect=false,connectTimeout=500,syncTimeout=500,asyncTimeout=500";

    public static IHost Build(bool quiet, string? connectionString = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["ConnectionStrings:Learning"] = connectionString ?? builder.Configuration["ConnectionStrings:Learning"] ?? DefaultConnection;
        builder.Configuration["ConnectionStrings:Redis"] ??= DefaultRedis;
        builder.Logging.ClearProviders();
        // Logs go to stderr so stdout carries only the progress and the summary.
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter((_, level) => level >= (quiet ? LogLevel.Warning : LogLevel.Information));
        builder.AddApplication();
        builder.AddInfrastructure();
        return builder.Build();
    }
}
