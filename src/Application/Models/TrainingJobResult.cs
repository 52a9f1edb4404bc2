namespace AdaptiveLearning.Application.Models;

/// <summary>What a finished training run stored on its job: the new model, or the problem that stopped it.</summary>
public sealed record TrainingJobResult(CorrectnessModelInfo? Model, string? ErrorCode = null, string? Error = null);
