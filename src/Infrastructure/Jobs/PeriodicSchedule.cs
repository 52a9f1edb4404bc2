using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AdaptiveLearning.Infrastructure.Jobs;

/// <summary>
/// Asks for a periodic job every <paramref name="minutes"/> (off when not positive). Every instance asks; the queue keeps
/// one waiting run and the job engine runs it once, on whichever instance claims it. A failed ask waits for the next period.
/// </summary>
internal abstract class PeriodicSchedule(IServiceScopeFactory scopes, double minutes, ILogger logger) : BackgroundService
{
    /// <summary>What is asked for, for the log: "the reminder pass".</summary>
    protected abstract string Job { get; }

    /// <summary>Queues one run (unless one is waiting), with the services of a fresh scope.</summary>
    protected abstract Task AskAsync(IServiceProvider services, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        if (minutes <= 0)
            return;
        var period = TimeSpan.FromMinutes(minutes);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(period, stop);
                await using var scope = scopes.CreateAsyncScope();
                await AskAsync(scope.ServiceProvider, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Could not queue {Job}; trying again next period", Job);
            }
        }
    }
}
