namespace AdaptiveLearning.Application.Jobs;

/// <summary>Durable background jobs: stored before the call returns, run by whichever instance claims them first.</summary>
public interface IJobQueue
{
    Task EnqueueAsync(NewJob job, CancellationToken ct);

    /// <summary>
    /// Enqueues <paramref name="job"/> unless a job of its kind is already waiting to run, for kinds where one waiting
    /// run covers every request (it works on whatever data there is when it starts). Holds across instances.
    /// </summary>
    /// <returns>The waiting job: the one that was already queued, or <paramref name="job"/>.</returns>
    Task<JobView> EnqueueUnlessQueuedAsync(NewJob job, CancellationToken ct);

    Task<JobView?> GetAsync(Guid id, CancellationToken ct);

    /// <summary>The most recently created job of <paramref name="kind"/>, or null when there is none.</summary>
    Task<JobView?> LatestAsync(string kind, CancellationToken ct);

    /// <summary>Cancels a queued job at once; asks a running one to stop (its handler sees its token cancelled).</summary>
    /// <returns>The job after the request, or null when there is none.</returns>
    Task<JobView?> CancelAsync(Guid id, CancellationToken ct);
}
