namespace AdaptiveLearning.Application.Imports;

/// <summary>An uploaded import and, once it has run, its report.</summary>
public sealed record ImportJobView(
    Guid Id,
    ImportJobStatus Status,
    int FileCount,
    bool DryRun,
    bool Publish,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt = null,
    DateTimeOffset? FinishedAt = null,
    ImportReport? Report = null,
    string? Error = null);
