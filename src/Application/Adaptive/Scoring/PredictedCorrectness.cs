namespace AdaptiveLearning.Application.Adaptive.Scoring;

/// <param name="Factors">The features that moved the prediction most, strongest first.</param>
public sealed record PredictedCorrectness(double Probability, IReadOnlyList<PredictionFactor> Factors);
