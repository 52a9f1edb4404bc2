namespace AdaptiveLearning.Application.Jobs;

/// <summary>Durable background jobs: stored before the call returns, run by whichever instance claims them first.</summary>
public interface IJobQueue
{
    Task EnqueueAsync(NewJob job, CancellationToken ct);

    Task<JobView?> GetAsync(Guid id, CancellationToken ct);

    /// <summary>Cancels a queued job at once; asks a running one to stop (its handler sees its token cancelled).</summary>
    /// <returns>The job after the request, or null when there is none.</returns>
    Task<JobView?> CancelAsync(Guid id, CancellationToken ct);
}
