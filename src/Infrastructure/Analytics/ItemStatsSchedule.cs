using AdaptiveLearning.Application.Analytics;
using AdaptiveLearning.Application.Analytics.RefreshItemStats;
using AdaptiveLearning.Application.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AdaptiveLearning.Infrastructure.Analytics;

/// <summary>
/// Asks for a refresh every RefreshMinutes. Every instance asks; the queue keeps one waiting run, and the job engine runs
/// it once, on whichever instance claims it.
/// </summary>
internal sealed class ItemStatsSchedule(IServiceScopeFactory scopes, ItemStatsOptions options, ILogger<ItemStatsSchedule> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        if (options.RefreshMinutes <= 0)
            return;
        var period = TimeSpan.FromMinutes(options.RefreshMinutes);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(period, stop);
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IHandler<RefreshItemStatsCommand, ItemStatsJobView>>()
                    .HandleAsync(new RefreshItemStatsCommand(ItemStatsJob.ScheduleTrigger), stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Could not queue the periodic item statistics refresh; trying again next period");
            }
        }
    }
}
