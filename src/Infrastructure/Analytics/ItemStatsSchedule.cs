using AdaptiveLearning.Application.Analytics;
using AdaptiveLearning.Application.Analytics.RefreshItemStats;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AdaptiveLearning.Infrastructure.Analytics;

/// <summary>Asks for an item statistics refresh every RefreshMinutes.</summary>
internal sealed class ItemStatsSchedule(IServiceScopeFactory scopes, ItemStatsOptions options, ILogger<ItemStatsSchedule> logger)
    : PeriodicSchedule(scopes, options.RefreshMinutes, logger)
{
    protected override string Job => "the periodic item statistics refresh";

    protected override Task AskAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<IHandler<RefreshItemStatsCommand, ItemStatsJobView>>()
            .HandleAsync(new RefreshItemStatsCommand(ItemStatsJob.ScheduleTrigger), ct);
}
