namespace AdaptiveLearning.Domain.Engagement;

/// <summary>What a badge's criteria measure; stored and sent by wire name (snake_case), so members are never renamed.</summary>
public enum BadgeMetric
{
    /// <summary>Answers recorded and not undone.</summary>
    AnswersTotal,
    /// <summary>Right answers, not undone (a running mock test's answers are not counted until it ends).</summary>
    CorrectTotal,
    /// <summary>Right answers over graded ones, 0 to 1; only counts from the criteria's minimum number of graded answers.</summary>
    Accuracy,
    /// <summary>All points, net of undo.</summary>
    PointsTotal,
    /// <summary>The level of <see cref="PointsTotal"/>.</summary>
    Level,
    /// <summary>Learner days with at least one answer that still counts.</summary>
    ActiveDays,
    /// <summary>The running streak, in active days.</summary>
    StreakCurrent,
    /// <summary>The longest streak ever, in active days.</summary>
    StreakLongest,
    /// <summary>Placement tests completed.</summary>
    PlacementCompleted,
}
