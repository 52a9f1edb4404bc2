using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Notifications;

namespace AdaptiveLearning.Application.Users.MarkAllNotificationsRead;

internal sealed class MarkAllNotificationsReadHandler(INotificationStore store, IClock clock) : IHandler<MarkAllNotificationsReadCommand, bool>
{
    public async Task<bool> HandleAsync(MarkAllNotificationsReadCommand command, CancellationToken ct)
    {
        await store.MarkAllReadAsync(command.UserId, clock.UtcNow, ct);
        return true;
    }
}
