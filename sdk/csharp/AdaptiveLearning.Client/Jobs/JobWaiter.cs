namespace AdaptiveLearning.Client;

/// <summary>Polls a job until the server stamps its finish time.</summary>
internal static class JobWaiter
{
    public static async Task<TJob> WaitAsync<TJob>(Func<CancellationToken, Task<TJob>> get, Func<TJob, bool> finished, string what,
        JobPolling? polling, CancellationToken cancellationToken)
    {
        var p = polling ?? new JobPolling();
        if (p.Interval <= TimeSpan.Zero || p.Timeout <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(polling), "Interval and Timeout must be positive.");
        var deadline = p.TimeProvider.GetUtcNow() + p.Timeout;
        while (true)
        {
            var job = await get(cancellationToken).ConfigureAwait(false);
            if (finished(job))
                return job;
            var left = deadline - p.TimeProvider.GetUtcNow();
            if (left <= TimeSpan.Zero)
                throw AdaptiveLearningApiException.ClientSide(ErrorCodes.Timeout, $"The {what} did not finish in time.",
                    $"Still unfinished after {p.Timeout}; it keeps running on the server, so wait again or poll it later.", null);
            await Task.Delay(left < p.Interval ? left : p.Interval, p.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
    }
}
