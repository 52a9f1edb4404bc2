namespace AdaptiveLearning.Infrastructure.Jobs;

/// <summary>Exponential delay before a failed job's next attempt, with full jitter so retries of many jobs spread out.</summary>
internal static class JobBackoff
{
    public static TimeSpan Delay(int attempt, JobOptions options)
    {
        var ceiling = Math.Min(options.RetryMaxSeconds, options.RetryBaseSeconds * Math.Pow(2, Math.Max(0, attempt - 1)));
        return TimeSpan.FromSeconds(ceiling / 2 + Random.Shared.NextDouble() * ceiling / 2);
    }
}
