namespace AdaptiveLearning.Application.Progress.GetProgress;

public sealed record ProgressReport(
    NodeProgress Node,
    IReadOnlyList<NodeProgress> Children,
    IReadOnlyList<DueForecastDay> Forecast,
    int StreakDays);
