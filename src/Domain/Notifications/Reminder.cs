namespace AdaptiveLearning.Domain.Notifications;

/// <summary>A notification to deliver, at most once per learner, type and <see cref="Period"/> (the learner day, yyyy-MM-dd).</summary>
public sealed record Reminder(Guid UserId, NotificationType Type, string Period, string Title, string Body, NotificationData Data, ChannelChoice Channels);
