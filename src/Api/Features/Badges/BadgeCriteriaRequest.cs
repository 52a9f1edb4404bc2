namespace AdaptiveLearning.Api.Features.Badges;

/// <summary>When a badge is earned: a metric reaching a threshold.</summary>
public sealed class BadgeCriteriaRequest
{
    /// <summary>answers_total, correct_total, accuracy, points_total, level, active_days, streak_current, streak_longest or placement_completed; another name is refused (400 unknown_metric).</summary>
    /// <example>streak_longest</example>
    public string? Metric { get; init; }
    /// <summary>The value that earns the badge (accuracy: a share, 0-1).</summary>
    /// <example>7</example>
    public double? Threshold { get; init; }
    /// <summary>Accuracy only: graded answers needed before accuracy counts.</summary>
    public int? MinAnswers { get; init; }
}
