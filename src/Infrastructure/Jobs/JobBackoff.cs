namespace AdaptiveLearning.Infrastructure.Jobs;

/// <summary>Exponential delay before a failed job's next attempt, with full jitter so retries of many jobs spread out.</summary>
internal static class JobBackoff
{
    public static TimeSpan Delay(int attempt, JobOptions options) => Delay(attempt, options.RetryBaseSeconds, options.RetryMaxSeconds);

    /// <summary>The same rule for retry loops outside the job engine (webhook deliveries).</summary>
    public static TimeSpan Delay(int attempt, double baseSeconds, double maxSeconds)
    {
        var ceiling = Math.Min(maxSeconds, baseSeconds * Math.Pow(2, Math.Max(0, attempt - 1)));
        return TimeSpan.FromSeconds(ceiling / 2 + Random.Shared.NextDouble() * ceiling / 2);
    }
}
