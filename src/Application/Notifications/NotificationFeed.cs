namespace AdaptiveLearning.Application.Notifications;

/// <summary>A page of my in-app notifications, newest first.</summary>
/// <param name="Items">The page.</param>
/// <param name="NextCursor">Pass as <c>cursor</c> for older notifications; null on the last page.</param>
/// <param name="UnreadCount">All my unread notifications (not only this page's), for a badge.</param>
public sealed record NotificationFeed(IReadOnlyList<NotificationView> Items, string? NextCursor, int UnreadCount);
