namespace AdaptiveLearning.Application.Jobs;

/// <summary>
/// Runs the jobs of one kind. A job can run more than once (a retry, or again after its instance died
/// mid-run), so a handler must be idempotent. Registered in DI, one per kind; resolved in a scope per run.
/// </summary>
public interface IJobHandler
{
    string Kind { get; }

    /// <returns>The result to store as JSON, or null.</returns>
    Task<string?> HandleAsync(RunningJob job, CancellationToken ct);

    /// <summary>Called once when the job ends without succeeding (failed, interrupted or cancelled), to record that where users look.</summary>
    Task GaveUpAsync(RunningJob job, JobStatus status, string error, CancellationToken ct);
}
