using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Notifications;

namespace AdaptiveLearning.Application.Notifications;

/// <summary>A learner's feed and preferences; every call is scoped to the one learner it names.</summary>
public interface INotificationStore
{
    /// <summary>In-app notifications, newest first.</summary>
    Task<Page<NotificationView>> PageAsync(Guid userId, KeysetCursor? after, int limit, bool unreadOnly, CancellationToken ct);

    Task<int> UnreadCountAsync(Guid userId, CancellationToken ct);

    /// <returns>False when the learner has no such in-app notification. Reading twice keeps the first time.</returns>
    Task<bool> MarkReadAsync(Guid userId, long id, DateTimeOffset now, CancellationToken ct);

    Task MarkAllReadAsync(Guid userId, DateTimeOffset now, CancellationToken ct);

    /// <returns>The stored choices over the defaults.</returns>
    Task<NotificationPreferences> PreferencesAsync(Guid userId, CancellationToken ct);

    Task SavePreferencesAsync(Guid userId, NotificationPreferences preferences, DateTimeOffset now, CancellationToken ct);
}
