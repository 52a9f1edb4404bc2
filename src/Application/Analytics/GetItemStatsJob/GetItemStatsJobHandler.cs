using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Jobs;

namespace AdaptiveLearning.Application.Analytics.GetItemStatsJob;

internal sealed class GetItemStatsJobHandler(IJobQueue jobs) : IHandler<GetItemStatsJobQuery, ItemStatsJobView>
{
    public async Task<ItemStatsJobView> HandleAsync(GetItemStatsJobQuery request, CancellationToken ct) =>
        // Another kind's job under this route would leak its payload's shape: it does not exist here.
        await jobs.GetAsync(request.Id, ct) is { Kind: ItemStatsJob.Kind } job
            ? ItemStatsJob.Read(job)
            : throw new ProblemException(Problems.NotFound, $"No item statistics job {request.Id}.");
}
