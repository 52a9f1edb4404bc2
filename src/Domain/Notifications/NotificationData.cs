namespace AdaptiveLearning.Domain.Notifications;

/// <param name="DueCount">Reviews due when the reminder was made (reviews_due).</param>
/// <param name="StreakDays">The streak that ends unless the learner studies today (streak_at_risk).</param>
/// <param name="DayEndsAt">When the learner's day ends (streak_at_risk).</param>
public sealed record NotificationData(int? DueCount = null, int? StreakDays = null, DateTimeOffset? DayEndsAt = null);
