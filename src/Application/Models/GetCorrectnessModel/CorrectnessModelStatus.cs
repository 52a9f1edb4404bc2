using AdaptiveLearning.Application.Models;

namespace AdaptiveLearning.Application.Models.GetCorrectnessModel;

/// <param name="Current">The served model; null until one is trained (predictions then come from IRT or BKT).</param>
/// <param name="StoredVersions">Every version in the model directory, oldest first.</param>
public sealed record CorrectnessModelStatus(CorrectnessModelInfo? Current, IReadOnlyList<int> StoredVersions, TrainingJob? LatestJob);
