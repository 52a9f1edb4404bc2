namespace AdaptiveLearning.Domain.Adaptive;

/// <summary>
/// How much each signal counts in the next-question score, per deployment. Weights need not sum
/// to one; only their ratios matter.
/// </summary>
public sealed record ScoreWeights
{
    public double Urgency { get; init; } = 0.35;
    public double MasteryGap { get; init; } = 0.30;
    public double DifficultyMatch { get; init; } = 0.25;
    public double Exploration { get; init; } = 0.10;
    /// <summary>The predicted P(correct) that is "just hard enough" (desirable difficulty).</summary>
    public double TargetCorrectness { get; init; } = 0.75;
    /// <summary>UCB exploration constant: higher tries rarely shown questions more often.</summary>
    public double ExplorationConstant { get; init; } = 1.0;

    public static ScoreWeights Default { get; } = new();
}
