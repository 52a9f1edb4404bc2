using AdaptiveLearning.Application.Jobs;
using AdaptiveLearning.Domain.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AdaptiveLearning.Infrastructure.Notifications;

/// <summary>
/// Queues a reminder pass every ReminderMinutes. Every instance asks; the queue keeps one waiting pass and the job engine
/// runs it once, wherever it is claimed. The period bounds how late after quiet hours end a held-back reminder arrives.
/// </summary>
internal sealed class ReminderSchedule(IServiceScopeFactory scopes, ReminderRules rules, ILogger<ReminderSchedule> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        if (rules.ReminderMinutes <= 0)
            return;
        var period = TimeSpan.FromMinutes(rules.ReminderMinutes);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(period, stop);
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IJobQueue>()
                    .EnqueueUnlessQueuedAsync(new NewJob(Guid.NewGuid(), ReminderJob.Kind, "{}"), stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Could not queue the reminder pass; trying again next period");
            }
        }
    }
}
