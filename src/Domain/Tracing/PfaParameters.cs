namespace AdaptiveLearning.Domain.Tracing;

/// <summary>
/// Performance factors analysis for one skill: logit P(correct) = β + γ·successes + ρ·failures,
/// counted over the learner's earlier attempts on the skill.
/// </summary>
public sealed record PfaParameters(double Easiness, double SuccessWeight, double FailureWeight)
{
    public double PredictCorrect(PracticeCount earlier) =>
        Logistic.Sigmoid(Easiness + SuccessWeight * earlier.Successes + FailureWeight * earlier.Failures);
}
