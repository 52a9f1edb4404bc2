namespace AdaptiveLearning.Evaluate.Policy;

/// <summary>One seed's cohort averages: each learner's own rates averaged, not rates of the averages.</summary>
internal sealed record CohortOutcome(double Retention, double Baseline, double Answers, double Minutes, double RetainedPerMinute, double MasteredPerHour)
{
    public static CohortOutcome Of(IReadOnlyList<LearnerOutcome> outcomes) => new(
        outcomes.Average(o => o.Retention), outcomes.Average(o => o.Baseline), outcomes.Average(o => o.Answers),
        outcomes.Average(o => o.Minutes), outcomes.Average(o => o.RetainedPerMinute), outcomes.Average(o => o.MasteredPerHour));
}
