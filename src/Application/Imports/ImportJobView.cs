namespace AdaptiveLearning.Application.Imports;

/// <summary>An uploaded import and, once it has run, its report.</summary>
public sealed record ImportJobView(
    Guid Id,
    string Status,
    int FileCount,
    bool DryRun,
    bool Publish,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt = null,
    DateTimeOffset? FinishedAt = null,
    ImportReport? Report = null,
    string? Error = null);

/// <summary>queued → running → succeeded (nothing invalid) | completed_with_problems | failed (could not run).</summary>
public static class ImportJobStatus
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string CompletedWithProblems = "completed_with_problems";
    public const string Failed = "failed";
}
