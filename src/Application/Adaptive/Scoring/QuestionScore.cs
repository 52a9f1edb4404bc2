namespace AdaptiveLearning.Application.Adaptive.Scoring;

/// <summary>Why a question was chosen: the unified score's components (each 0–1) and the prediction behind the difficulty match.</summary>
/// <param name="Total">The weighted sum with the deployment's weights.</param>
/// <param name="ModelVersion">The correctness model's version when it made the prediction.</param>
/// <param name="SuccessProbability">The predicted probability of answering right, which the difficulty match compares with the target.</param>
/// <param name="Factors">The model's top features behind that prediction (its explanation); absent for IRT and BKT predictions.</param>
public sealed record QuestionScore(
    double Urgency,
    double MasteryGap,
    double DifficultyMatch,
    double Exploration,
    double Total,
    double SuccessProbability,
    PredictionSource PredictionSource,
    int? ModelVersion,
    IReadOnlyList<PredictionFactor>? Factors);
