using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Notifications;

namespace AdaptiveLearning.Application.Users.ListNotifications;

internal sealed class ListNotificationsHandler(INotificationStore store) : IHandler<ListNotificationsQuery, NotificationFeed>
{
    public async Task<NotificationFeed> HandleAsync(ListNotificationsQuery query, CancellationToken ct)
    {
        var after = KeysetCursor.DecodeOrThrow(query.Cursor, "cursor");
        var limit = Math.Clamp(query.Limit ?? ListNotificationsQuery.DefaultLimit, 1, ListNotificationsQuery.MaxLimit);
        var page = await store.PageAsync(query.UserId, after, limit, query.UnreadOnly, ct);
        return new NotificationFeed(page.Items, page.Next?.Encode(), await store.UnreadCountAsync(query.UserId, ct));
    }
}
