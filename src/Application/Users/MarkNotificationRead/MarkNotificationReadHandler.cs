using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Notifications;

namespace AdaptiveLearning.Application.Users.MarkNotificationRead;

/// <summary>Someone else's notification and none at all answer alike (404), so ids cannot be probed.</summary>
internal sealed class MarkNotificationReadHandler(INotificationStore store, IClock clock) : IHandler<MarkNotificationReadCommand, bool>
{
    public async Task<bool> HandleAsync(MarkNotificationReadCommand command, CancellationToken ct) =>
        await store.MarkReadAsync(command.UserId, command.NotificationId, clock.UtcNow, ct)
            ? true
            : throw new ProblemException(Problems.NotFound, "No such notification.");
}
