using AdaptiveLearning.Application.Jobs;
using AdaptiveLearning.Domain.Notifications;
using AdaptiveLearning.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AdaptiveLearning.Infrastructure.Notifications;

/// <summary>
/// Queues a reminder pass every ReminderMinutes. The period bounds how late after quiet hours end a held-back reminder arrives.
/// </summary>
internal sealed class ReminderSchedule(IServiceScopeFactory scopes, ReminderRules rules, ILogger<ReminderSchedule> logger)
    : PeriodicSchedule(scopes, rules.ReminderMinutes, logger)
{
    protected override string Job => "the reminder pass";

    protected override Task AskAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<IJobQueue>().EnqueueUnlessQueuedAsync(new NewJob(Guid.NewGuid(), ReminderJob.Kind, "{}"), ct);
}
