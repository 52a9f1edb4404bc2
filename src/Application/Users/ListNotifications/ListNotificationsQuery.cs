namespace AdaptiveLearning.Application.Users.ListNotifications;

/// <param name="Cursor">The nextCursor of the previous page.</param>
/// <param name="UnreadOnly">Only notifications not yet read.</param>
public sealed record ListNotificationsQuery(Guid UserId, string? Cursor = null, int? Limit = null, bool UnreadOnly = false)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
}
