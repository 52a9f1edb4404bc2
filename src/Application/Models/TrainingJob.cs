namespace AdaptiveLearning.Application.Models;

/// <param name="Trigger">"admin" or "new_attempts".</param>
/// <param name="ErrorCode">The problem code when the job failed, e.g. not_enough_data.</param>
public sealed record TrainingJob(
    Guid Id,
    TrainingJobStatus Status,
    string Trigger,
    DateTimeOffset RequestedAt,
    DateTimeOffset? StartedAt = null,
    DateTimeOffset? FinishedAt = null,
    CorrectnessModelInfo? Model = null,
    string? ErrorCode = null,
    string? Error = null);
