namespace AdaptiveLearning.Infrastructure.Jobs;

/// <summary>The "Jobs" configuration section.</summary>
public sealed class JobOptions
{
    /// <summary>Off for an instance that only enqueues (and in tests that need a job to stay queued).</summary>
    public bool WorkerEnabled { get; init; } = true;
    public double LeaseSeconds { get; init; } = 30;
    public int PollMilliseconds { get; init; } = 1000;
    public double RetryBaseSeconds { get; init; } = 5;
    public double RetryMaxSeconds { get; init; } = 600;

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);
    public TimeSpan Heartbeat => Lease / 3;
}
