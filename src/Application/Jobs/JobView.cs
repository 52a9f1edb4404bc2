namespace AdaptiveLearning.Application.Jobs;

public sealed record JobView(
    Guid Id,
    string Kind,
    string Payload,
    JobStatus Status,
    int Attempts,
    int MaxAttempts,
    bool CancelRequested,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? ErrorCode,
    string? ErrorMessage,
    string? Result);
