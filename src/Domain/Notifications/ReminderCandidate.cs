using AdaptiveLearning.Domain.Engagement;
using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Domain.Notifications;

/// <param name="Streak">Null when it was not worth computing (see <see cref="ReminderPlanner.NeedsStreak"/>).</param>
public sealed record ReminderCandidate(Guid UserId, LearnerCalendar Calendar, NotificationPreferences Preferences, int DueCount, Streak? Streak = null);
