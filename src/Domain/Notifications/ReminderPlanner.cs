using System.Globalization;
using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Domain.Notifications;

/// <summary>
/// Which reminders a learner should get at an instant. Stateless: the job asks again every run, so a reminder held back
/// by quiet hours is made by the first run after they end, while its condition still holds and its learner day lasts.
/// </summary>
public static class ReminderPlanner
{
    public static bool InQuietHours(NotificationPreferences preferences, LearnerCalendar calendar, DateTimeOffset now) =>
        preferences.Quiet is { } quiet && quiet.Contains(TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, calendar.TimeZone).DateTime));

    /// <summary>Whether the learner's streak matters now, so the job loads activity only for those learners.</summary>
    public static bool NeedsStreak(NotificationPreferences preferences, LearnerCalendar calendar, DateTimeOffset now, ReminderRules rules) =>
        preferences.For(NotificationType.StreakAtRisk).Any
        && !InQuietHours(preferences, calendar, now)
        && now >= calendar.NextDayStart(now) - TimeSpan.FromHours(rules.StreakWarningHours);

    public static IReadOnlyList<Reminder> Plan(ReminderCandidate learner, DateTimeOffset now, ReminderRules rules)
    {
        var (calendar, preferences) = (learner.Calendar, learner.Preferences);
        if (InQuietHours(preferences, calendar, now))
            return [];
        var period = calendar.Date(now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var reminders = new List<Reminder>(2);

        var reviews = preferences.For(NotificationType.ReviewsDue);
        if (reviews.Any && learner.DueCount > 0)
            reminders.Add(new Reminder(learner.UserId, NotificationType.ReviewsDue, period,
                learner.DueCount == 1 ? "1 review is due" : $"{learner.DueCount} reviews are due",
                "Reviewing now, while the cards are due, keeps them in memory with the least work.",
                new NotificationData(DueCount: learner.DueCount), reviews));

        var streakChannels = preferences.For(NotificationType.StreakAtRisk);
        if (learner.Streak is { Current: > 0, ActiveToday: false } streak && NeedsStreak(preferences, calendar, now, rules))
        {
            var dayEnds = calendar.NextDayStart(now);
            var localEnd = TimeZoneInfo.ConvertTime(dayEnds, calendar.TimeZone).ToString("HH:mm", CultureInfo.InvariantCulture);
            reminders.Add(new Reminder(learner.UserId, NotificationType.StreakAtRisk, period,
                $"Your {streak.Current}-day streak is at risk",
                $"Answer one question before {localEnd} to keep your {streak.Current}-day streak.",
                new NotificationData(StreakDays: streak.Current, DayEndsAt: dayEnds), streakChannels));
        }

        return reminders;
    }
}
