using AdaptiveLearning.Application.Progress;

namespace AdaptiveLearning.Application.Progress.GetProgress;

/// <param name="NodePath">Null for the whole bank.</param>
public sealed record GetProgressQuery(Guid UserId, string? NodePath);

public sealed record ProgressReport(
    NodeProgress Node,
    IReadOnlyList<NodeProgress> Children,
    IReadOnlyList<DueForecastDay> Forecast,
    int StreakDays);
