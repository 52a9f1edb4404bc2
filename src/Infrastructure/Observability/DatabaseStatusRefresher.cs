using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AdaptiveLearning.Infrastructure.Observability;

/// <summary>
/// Reads the database-side gauges every <c>Metrics:DatabaseRefreshSeconds</c> (10 by default). A scrape reads the last
/// figures from memory, so however often and from however many scrapers /metrics is called, each instance costs the
/// database one small query per period.
/// </summary>
internal sealed class DatabaseStatusRefresher(DatabaseStatusReader reader, OperationalMetrics metrics, IConfiguration configuration,
    ILogger<DatabaseStatusRefresher> logger) : BackgroundService
{
    private readonly TimeSpan _period = TimeSpan.FromSeconds(configuration.GetValue("Metrics:DatabaseRefreshSeconds", 10.0));

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        await Task.Yield();
        using var timer = new PeriodicTimer(_period);
        do
        {
            try
            {
                metrics.Database = (await reader.ReadAsync(stop)).KeepingKindsOf(metrics.Database);
            }
            catch (Exception e) when (!stop.IsCancellationRequested)
            {
                // The gauges keep their last figures; /health/ready is what reports the outage.
                logger.LogWarning(e, "Reading the job queue and wsrep status for metrics failed; trying again in {Period}", _period);
            }
        } while (await WaitAsync(timer, stop));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stop)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stop);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
