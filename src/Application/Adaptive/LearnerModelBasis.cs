namespace AdaptiveLearning.Application.Adaptive;

/// <param name="ContentGeneration">Bumped by every content, hierarchy, calibration or BKT fit change.</param>
/// <param name="ModelVersion">The served correctness model; null while none is.</param>
public sealed record LearnerModelBasis(long ContentGeneration, int? ModelVersion);
