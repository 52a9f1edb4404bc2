namespace AdaptiveLearning.Domain.Engagement;

/// <summary>A badge is earned when <see cref="Metric"/> reaches <see cref="Threshold"/>.</summary>
/// <param name="MinAnswers">For <see cref="BadgeMetric.Accuracy"/>: graded answers needed before accuracy counts at all.</param>
public sealed record BadgeCriteria(BadgeMetric Metric, double Threshold, int? MinAnswers = null)
{
    public bool IsMetBy(LearnerFigures figures) =>
        (Metric != BadgeMetric.Accuracy || figures.GradedTotal >= (MinAnswers ?? 0)) && figures.Value(Metric) >= Threshold;
}
