using AdaptiveLearning.Application.Analytics;
using AdaptiveLearning.Application.Jobs;

namespace AdaptiveLearning.Infrastructure.Analytics;

/// <summary>
/// Runs the item statistics refresh on whichever instance claimed it. Idempotent: each batch moves the watermark in the
/// transaction that adds its sums, so a retry or a takeover after a crash starts where the last commit left off.
/// </summary>
internal sealed class ItemStatsJobHandler(ItemStatsAggregation aggregation) : IJobHandler
{
    public string Kind => ItemStatsJob.Kind;

    public async Task<string?> HandleAsync(RunningJob job, CancellationToken ct) => ItemStatsJob.Succeeded(await aggregation.RunAsync(ct));

    public Task GaveUpAsync(RunningJob job, JobStatus status, string error, CancellationToken ct) =>
        // The job's own row says how it ended; the statistics keep what committed batches counted.
        Task.CompletedTask;
}
