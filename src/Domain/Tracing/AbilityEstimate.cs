namespace AdaptiveLearning.Domain.Tracing;

/// <summary>Expected a posteriori ability θ and its posterior standard deviation, in logits.</summary>
public readonly record struct AbilityEstimate(double Theta, double StandardError);
