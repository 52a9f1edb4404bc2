using System.Text.Json.Serialization;

namespace AdaptiveLearning.Evaluate.KnowledgeTracing;

internal sealed record ModelScore(
    [property: JsonPropertyName("auc")] double Auc,
    [property: JsonPropertyName("logloss")] double LogLoss,
    [property: JsonPropertyName("rmse")] double Rmse,
    [property: JsonPropertyName("train_seconds")] double TrainSeconds);
