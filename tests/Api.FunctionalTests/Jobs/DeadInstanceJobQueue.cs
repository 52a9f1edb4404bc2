using AdaptiveLearning.Application.Jobs;

namespace AdaptiveLearning.Api.FunctionalTests.Jobs;

/// <summary>Stands in for an instance that enqueued a job, claimed it itself and died mid-run before its lease ran out.</summary>
/// <param name="onLastAttempt">The job was on its last attempt when the instance died, so it cannot be taken over.</param>
internal sealed class DeadInstanceJobQueue(bool onLastAttempt = false) : IJobQueue
{
    public static readonly TimeSpan LeaseLeft = TimeSpan.FromSeconds(1);

    public Task EnqueueAsync(NewJob job, CancellationToken ct) =>
        JobHosts.InsertClaimedByDeadInstanceAsync(job, attempts: onLastAttempt ? job.MaxAttempts : 1, LeaseLeft);

    public async Task<JobView> EnqueueUnlessQueuedAsync(NewJob job, CancellationToken ct)
    {
        await EnqueueAsync(job, ct);
        return (await GetAsync(job.Id, ct))!;
    }

    public Task<JobView?> GetAsync(Guid id, CancellationToken ct) => JobHosts.Queue().GetAsync(id, ct);

    public Task<JobView?> LatestAsync(string kind, CancellationToken ct) => JobHosts.Queue().LatestAsync(kind, ct);

    public Task<JobView?> CancelAsync(Guid id, CancellationToken ct) => JobHosts.Queue().CancelAsync(id, ct);
}
