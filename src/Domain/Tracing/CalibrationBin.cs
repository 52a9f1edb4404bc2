namespace AdaptiveLearning.Domain.Tracing;

/// <summary>Predictions in [<paramref name="Lower"/>, <paramref name="Upper"/>): how many, their mean, and how often they came true.</summary>
public sealed record CalibrationBin(double Lower, double Upper, int Count, double MeanPredicted, double Observed);
