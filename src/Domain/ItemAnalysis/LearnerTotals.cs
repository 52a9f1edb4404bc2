namespace AdaptiveLearning.Domain.ItemAnalysis;

/// <summary>A learner's counted answers so far: their rest-score before the next answer.</summary>
public sealed record LearnerTotals(long Attempts, long Correct)
{
    public static readonly LearnerTotals None = new(0, 0);

    /// <summary>The proportion correct over the learner's earlier answers, once there are enough of them to mean something.</summary>
    public double? Ability(int minAnswers) => Attempts >= Math.Max(1, minAnswers) ? (double)Correct / Attempts : null;
}
