using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Infrastructure.MachineLearning;

/// <param name="Version">Assigned when the model is saved; 0 for a model that only lives in memory.</param>
/// <param name="HeldOut">Quality on learners left out of training, when the trainer was given some.</param>
public sealed record CorrectnessModelManifest(
    int Version,
    DateTimeOffset TrainedAt,
    string Trainer,
    int TrainingAttempts,
    int FeatureCount,
    double TrainSeconds,
    PredictionQuality? HeldOut);
