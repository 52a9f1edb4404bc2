namespace AdaptiveLearning.Application.Adaptive.Scoring;

/// <param name="Contribution">How much the feature moved the log-odds of a correct answer (weight × value).</param>
public sealed record PredictionFactor(string Feature, double Value, double Contribution);
