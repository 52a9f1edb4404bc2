namespace AdaptiveLearning.Infrastructure.MachineLearning;

/// <summary>How much one feature moved the logit of P(correct): its weight times its value.</summary>
public sealed record FeatureContribution(string Feature, double Value, double Weight)
{
    public double Contribution => Weight * Value;
}
