namespace AdaptiveLearning.Evaluate.Policy;

/// <param name="Retention">Mean P(correct) over the whole scope at the target date.</param>
/// <param name="Baseline">The same without any study (ability alone).</param>
/// <param name="Mastered">Items with P(correct) ≥ 0.9 at the target date beyond those mastered without study.</param>
internal sealed record LearnerOutcome(double Retention, double Baseline, int Items, int Answers, double Minutes, int Mastered)
{
    /// <summary>Items more likely answered at the target date thanks to the study, per minute spent.</summary>
    public double RetainedPerMinute => Minutes > 0 ? (Retention - Baseline) * Items / Minutes : 0;

    public double MasteredPerHour => Minutes > 0 ? Mastered / (Minutes / 60) : 0;
}
