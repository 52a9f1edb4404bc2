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

    /// <summary>
    /// The schedule of a session for a goal: FSRS-6 without fixed same-day learning steps, since its short-term
    /// stability models same-day reviews itself and the target-date policy decides whether one is worth the time
    /// (measured in docs/evaluation.md). SM-2 has no memory model of its own for same-day reviews, so it keeps its steps.
    /// </summary>
    public LearnerSchedule ForGoalSession()
    {
        if (Preferences.Scheduler == LearningSettings.Sm2)
            return this;
        var settings = Settings with { LearningSteps = [], RelearningSteps = [] };
        return this with { Scheduler = SpacedRepetitionSchedulerFactory.Create(SchedulerKind.Fsrs, settings), Settings = settings };
    }

    public double Retrievability(MemoryState memory, DateTimeOffset at) => Scheduler.Retrievability(memory, at, Calendar);
}
