namespace AdaptiveLearning.Domain.Scheduling;

/// <param name="ScoredReviewCount">Long-term reviews the fit was scored on.</param>
/// <param name="LogLoss">Mean log loss of the fitted parameters on the training reviews.</param>
/// <param name="DefaultLogLoss">Mean log loss of the default parameters on the same reviews.</param>
public sealed record FsrsFitResult(
    FsrsParameters Parameters,
    FsrsFitScope Scope,
    int ScoredReviewCount,
    double LogLoss,
    double DefaultLogLoss);
