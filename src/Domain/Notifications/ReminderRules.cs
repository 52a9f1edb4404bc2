namespace AdaptiveLearning.Domain.Notifications;

/// <summary>When reminders fire (configuration section <c>Notifications</c>).</summary>
public sealed record ReminderRules
{
    public const string Section = "Notifications";

    /// <summary>A streak is "at risk" from this many hours before the learner's day ends, if they have not studied yet.</summary>
    public double StreakWarningHours { get; init; } = 8;

    /// <summary>How often the reminder job is queued; 0 turns the schedule off (the job can still be run on demand).</summary>
    public double ReminderMinutes { get; init; } = 15;

    /// <summary>Learners read per candidate query.</summary>
    public int BatchSize { get; init; } = 500;
}
