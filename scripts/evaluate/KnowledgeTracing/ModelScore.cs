using System.Text.Json.Serialization;
using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Evaluate.KnowledgeTracing;

internal sealed record ModelScore(
    [property: JsonPropertyName("auc")] double Auc,
    [property: JsonPropertyName("logloss")] double LogLoss,
    [property: JsonPropertyName("rmse")] double Rmse,
    [property: JsonPropertyName("train_seconds")] double TrainSeconds,
    [property: JsonIgnore] CalibrationCurve Calibration);
