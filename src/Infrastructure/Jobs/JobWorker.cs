using AdaptiveLearning.Application.Jobs;
using AdaptiveLearning.Infrastructure.Observability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Jobs;

/// <summary>
/// Claims due jobs of the kinds this instance has handlers for and runs them one at a time, extending the lease
/// while the handler runs. Failures are retried with backoff until the job's attempts are used up.
/// </summary>
internal sealed class JobWorker(JobStore store, IServiceScopeFactory scopes, JobOptions options, OperationalMetrics metrics,
    ILogger<JobWorker> logger) : BackgroundService
{
    private readonly string _owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        await Task.Yield();
        string[] kinds;
        await using (var scope = scopes.CreateAsyncScope())
            kinds = scope.ServiceProvider.GetServices<IJobHandler>().Select(h => h.Kind).Where(options.Runs).Distinct().ToArray();
        if (!options.WorkerEnabled || kinds.Length == 0)
            return;

        while (!stop.IsCancellationRequested)
        {
            try
            {
                var claimed = await ClaimAsync(kinds, stop);
                if (claimed is null)
                    await Task.Delay(options.PollMilliseconds, stop);
                else if (claimed.Exhausted)
                    await GiveUpAsync(claimed.Job, JobStatus.Interrupted, "The instance running it stopped on its last attempt.");
                else
                    await RunAsync(claimed.Job, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                logger.LogError(e, "Claiming or finishing a job failed; trying again shortly");
                await PauseAsync(options.PollMilliseconds * 5, stop);
            }
        }
    }

    private async Task<ClaimedJob?> ClaimAsync(string[] kinds, CancellationToken stop)
    {
        try
        {
            return await store.ClaimAsync(kinds, _owner, options.Lease, stop);
        }
        catch (MySqlException e) when (DatabaseConflicts.IsConflict(e))
        {
            // Another worker (on Galera, another node) took the row first: this poll found nothing and the next one tries again.
            metrics.DatabaseConflict(DatabaseConflicts.JobClaim, e.ErrorCode);
            return null;
        }
    }

    private static async Task PauseAsync(int milliseconds, CancellationToken stop)
    {
        try
        {
            await Task.Delay(milliseconds, stop);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task RunAsync(RunningJob job, CancellationToken stop)
    {
        using var signals = new JobRunSignals(stop);
        using var heartbeatStop = new CancellationTokenSource();
        var heartbeat = HeartbeatAsync(job, signals, heartbeatStop.Token);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetServices<IJobHandler>().First(h => h.Kind == job.Kind);
            var result = await handler.HandleAsync(job, signals.Token);
            await heartbeatStop.CancelAsync();
            await heartbeat;
            if (!await store.FinishAsync(job.Id, _owner, JobStatus.Succeeded, result, null, null, CancellationToken.None))
                logger.LogWarning("Job {JobId} finished after its lease was lost; its outcome was dropped", job.Id);
        }
        catch (Exception e)
        {
            await heartbeatStop.CancelAsync();
            await heartbeat;
            await FailedAsync(job, signals, stop, e);
        }
    }

    private async Task FailedAsync(RunningJob job, JobRunSignals signals, CancellationToken stop, Exception e)
    {
        if (signals.LeaseLost)
            logger.LogWarning("Job {JobId} lost its lease while running; another instance runs it", job.Id);
        else if (stop.IsCancellationRequested)
            await store.RequeueAsync(job.Id, _owner, TimeSpan.Zero, refundAttempt: true, "shutdown", "The instance stopped while running it.", CancellationToken.None);
        else if (signals.CancelRequested)
        {
            if (await store.FinishAsync(job.Id, _owner, JobStatus.Cancelled, null, "cancelled", "Cancelled while running.", CancellationToken.None))
                await GiveUpAsync(job, JobStatus.Cancelled, "Cancelled while running.");
        }
        else if (job.Attempt < job.MaxAttempts)
        {
            logger.LogWarning(e, "Job {JobId} ({Kind}) failed on attempt {Attempt} of {Max}; retrying", job.Id, job.Kind, job.Attempt, job.MaxAttempts);
            await store.RequeueAsync(job.Id, _owner, JobBackoff.Delay(job.Attempt, options), refundAttempt: false, "handler_failed", e.Message, CancellationToken.None);
        }
        else
        {
            logger.LogError(e, "Job {JobId} ({Kind}) failed on its last attempt", job.Id, job.Kind);
            if (await store.FinishAsync(job.Id, _owner, JobStatus.Failed, null, "handler_failed", e.Message, CancellationToken.None))
                await GiveUpAsync(job, JobStatus.Failed, e.Message);
        }
    }

    private async Task HeartbeatAsync(RunningJob job, JobRunSignals signals, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Heartbeat, ct);
                switch (await store.HeartbeatAsync(job.Id, _owner, options.Lease, ct))
                {
                    case null:
                        signals.LoseLease();
                        return;
                    case true when !signals.CancelRequested:
                        signals.RequestCancel();
                        break;
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Extending the lease of job {JobId} failed; trying again", job.Id);
            }
        }
    }

    private async Task GiveUpAsync(RunningJob job, JobStatus status, string error)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetServices<IJobHandler>().First(h => h.Kind == job.Kind);
            await handler.GaveUpAsync(job, status, error, CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Recording that job {JobId} ended {Status} failed", job.Id, status);
        }
    }
}
