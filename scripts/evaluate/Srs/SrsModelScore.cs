namespace AdaptiveLearning.Evaluate.Srs;

public sealed record SrsModelScore(string Key, string Name, double Auc, double LogLoss, double RmseBins, double TrainSeconds);
