namespace AdaptiveLearning.Application.Adaptive.Scoring;

/// <summary>Where a predicted P(correct) came from: the ML model, else IRT for calibrated items, else BKT.</summary>
public enum PredictionSource
{
    Model,
    Irt,
    Bkt,
}
