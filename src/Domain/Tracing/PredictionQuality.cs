namespace AdaptiveLearning.Domain.Tracing;

public sealed record PredictionQuality(double Auc, double LogLoss, double Rmse, int Count);
