using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Jobs;

namespace AdaptiveLearning.Application.Analytics.RefreshItemStats;

/// <summary>One waiting run is enough: it counts every answer there is when it starts, so requests share it.</summary>
internal sealed class RefreshItemStatsHandler(IJobQueue jobs) : IHandler<RefreshItemStatsCommand, ItemStatsJobView>
{
    public async Task<ItemStatsJobView> HandleAsync(RefreshItemStatsCommand request, CancellationToken ct) =>
        ItemStatsJob.Read(await jobs.EnqueueUnlessQueuedAsync(ItemStatsJob.Create(request.Trigger), ct));
}
