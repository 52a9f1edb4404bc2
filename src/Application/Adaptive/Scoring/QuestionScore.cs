namespace AdaptiveLearning.Application.Adaptive.Scoring;

/// <summary>Why a question was chosen: the unified score's components (each 0–1) and the prediction behind the difficulty match.</summary>
/// <param name="Total">The weighted sum with the deployment's weights.</param>
/// <param name="ModelVersion">The correctness model's version when it made the prediction.</param>
/// <param name="Explanation">The model's top features for this prediction; absent for IRT and BKT predictions.</param>
public sealed record QuestionScore(
    double Urgency,
    double MasteryGap,
    double DifficultyMatch,
    double Exploration,
    double Total,
    double PredictedCorrect,
    PredictionSource PredictionSource,
    int? ModelVersion,
    IReadOnlyList<PredictionFactor>? Explanation);
