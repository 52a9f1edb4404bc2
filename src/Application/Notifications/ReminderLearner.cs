using AdaptiveLearning.Domain.Notifications;

namespace AdaptiveLearning.Application.Notifications;

/// <summary>What the reminder job reads about one learner in its set-wise candidate query.</summary>
/// <param name="Email">The address, only when confirmed: reminders never go to an unconfirmed one.</param>
/// <param name="DueCount">Review cards due at the run's instant.</param>
public sealed record ReminderLearner(Guid UserId, string? Email, string TimeZone, int DayStartHour, NotificationPreferences Preferences, int DueCount);
