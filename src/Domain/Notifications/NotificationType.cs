namespace AdaptiveLearning.Domain.Notifications;

/// <summary>Why a learner is notified; on the wire in snake_case (<c>reviews_due</c>, <c>streak_at_risk</c> …).</summary>
public enum NotificationType
{
    ReviewsDue,
    StreakAtRisk,
    GoalBehind,
    WeeklyReport,
}
