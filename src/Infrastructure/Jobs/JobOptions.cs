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

    /// <summary>
    /// Comma-separated kinds this instance never claims although it has their handlers, e.g. "model.correctness" to keep
    /// CPU-heavy training off instances that should stay quick. Other instances run them.
    /// </summary>
    public string SkipKinds { get; init; } = "";

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);
    public TimeSpan Heartbeat => Lease / 3;

    public bool Runs(string kind) =>
        !SkipKinds.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Contains(kind, StringComparer.Ordinal);
}
