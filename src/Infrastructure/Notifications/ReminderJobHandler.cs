using System.Text.Json;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Jobs;
using AdaptiveLearning.Application.Notifications.SendReminders;

namespace AdaptiveLearning.Infrastructure.Notifications;

/// <summary>Idempotent by the notifications' unique key: a retry after a crash mid-pass delivers only what is still missing.</summary>
internal sealed class ReminderJobHandler(IHandler<SendRemindersCommand, ReminderRun> reminders, IClock clock) : IJobHandler
{
    public string Kind => ReminderJob.Kind;

    public async Task<string?> HandleAsync(RunningJob job, CancellationToken ct) =>
        JsonSerializer.Serialize(await reminders.HandleAsync(new SendRemindersCommand(clock.UtcNow), ct), JsonSerializerOptions.Web);

    public Task GaveUpAsync(RunningJob job, JobStatus status, string error, CancellationToken ct) =>
        // Nothing to tell anyone: the next scheduled pass makes whatever this one did not.
        Task.CompletedTask;
}
