namespace AdaptiveLearning.Application.Learning.Progress;

/// <summary>
/// Baseline mastery: recent accuracy (last 30 days, else all time) scaled by how much of the node
/// the learner has covered, where mature cards (interval of 21 days or more) count fully and
/// merely seen ones count 60%.
/// </summary>
internal sealed class RecentAccuracyMastery : IMasteryEstimator
{
    public double Estimate(MasteryEvidence e)
    {
        if (e.TotalQuestions == 0)
            return 0;
        var accuracy = e.RecentAnswered > 0 ? (double)e.RecentCorrect / e.RecentAnswered
            : e.Answered > 0 ? (double)e.Correct / e.Answered
            : 0;
        var coverage = (0.6 * e.Seen + 0.4 * e.Mature) / e.TotalQuestions;
        return Math.Round(Math.Clamp(accuracy * coverage, 0, 1), 4);
    }
}
