namespace AdaptiveLearning.Application.Models;

/// <summary>A stored correctness model and how well it predicted learners it was not trained on.</summary>
/// <param name="HeldOutAuc">Null when there were too few learners to hold some out.</param>
public sealed record CorrectnessModelInfo(
    int Version,
    DateTimeOffset TrainedAt,
    string Trainer,
    int TrainingAttempts,
    int FeatureCount,
    double TrainSeconds,
    double? HeldOutAuc,
    double? HeldOutLogLoss,
    double? HeldOutRmse,
    int? HeldOutAttempts);
