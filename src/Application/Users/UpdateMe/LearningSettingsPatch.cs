namespace AdaptiveLearning.Application.Users.UpdateMe;

public sealed record LearningSettingsPatch(
    string? Scheduler,
    double? DesiredRetention,
    int? DailyNewLimit,
    int? DailyReviewLimit,
    int? DayStartHour,
    double? MaximumIntervalDays,
    bool? SuspendLeeches,
    bool? LeaderboardVisible = null);
