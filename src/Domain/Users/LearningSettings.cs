namespace AdaptiveLearning.Domain.Users;

/// <summary>Per-learner study preferences, with Anki's defaults.</summary>
public sealed record LearningSettings(
    string Scheduler = LearningSettings.Fsrs,
    double DesiredRetention = 0.9,
    int DailyNewLimit = 20,
    int DailyReviewLimit = 200,
    int DayStartHour = 4,
    double MaximumIntervalDays = 36500,
    bool SuspendLeeches = false,
    bool LeaderboardVisible = true)
{
    public const string Fsrs = "fsrs";
    public const string Sm2 = "sm2";

    public static LearningSettings Default { get; } = new();
}
