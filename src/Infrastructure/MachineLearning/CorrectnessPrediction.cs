namespace AdaptiveLearning.Infrastructure.MachineLearning;

/// <param name="TopContributions">Largest contributions by absolute size, strongest first.</param>
public sealed record CorrectnessPrediction(double Probability, IReadOnlyList<FeatureContribution> TopContributions);
