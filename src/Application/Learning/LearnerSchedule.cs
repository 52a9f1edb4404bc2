using AdaptiveLearning.Domain.Scheduling;
using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Application.Learning;

/// <summary>A learner's scheduler, scheduler settings and calendar, built from their profile.</summary>
public sealed record LearnerSchedule(
    ISpacedRepetitionScheduler Scheduler,
    SchedulerSettings Settings,
    LearnerCalendar Calendar,
    LearningSettings Preferences)
{
    public static LearnerSchedule For(User user)
    {
        var preferences = user.Settings;
        var settings = SchedulerSettings.Default with
        {
            DesiredRetention = preferences.DesiredRetention,
            MaximumIntervalDays = (int)Math.Clamp(preferences.MaximumIntervalDays, 1, 36500),
            FsrsParameters = user.FsrsParameters ?? FsrsParameters.Default,
        };
        var kind = preferences.Scheduler == LearningSettings.Sm2 ? SchedulerKind.Sm2 : SchedulerKind.Fsrs;
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(user.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        return new LearnerSchedule(
            SpacedRepetitionSchedulerFactory.Create(kind, settings),
            settings,
            new LearnerCalendar(zone, Math.Clamp(preferences.DayStartHour, 0, 23)),
            preferences);
    }

    public double Retrievability(MemoryState memory, DateTimeOffset at) => Scheduler.Retrievability(memory, at, Calendar);
}
