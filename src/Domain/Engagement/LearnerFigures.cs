namespace AdaptiveLearning.Domain.Engagement;

/// <summary>A learner's standing on every badge metric at one moment.</summary>
/// <param name="GradedTotal">Answers with a known correctness (the denominator of accuracy).</param>
public sealed record LearnerFigures(
    long AnswersTotal, long CorrectTotal, long GradedTotal, long PointsTotal, int Level, int ActiveDays, int StreakCurrent, int StreakLongest,
    int PlacementCompleted)
{
    public double Accuracy => GradedTotal == 0 ? 0 : Math.Round((double)CorrectTotal / GradedTotal, 4);

    public double Value(BadgeMetric metric) => metric switch
    {
        BadgeMetric.AnswersTotal => AnswersTotal,
        BadgeMetric.CorrectTotal => CorrectTotal,
        BadgeMetric.Accuracy => Accuracy,
        BadgeMetric.PointsTotal => PointsTotal,
        BadgeMetric.Level => Level,
        BadgeMetric.ActiveDays => ActiveDays,
        BadgeMetric.StreakCurrent => StreakCurrent,
        BadgeMetric.StreakLongest => StreakLongest,
        BadgeMetric.PlacementCompleted => PlacementCompleted,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };
}
