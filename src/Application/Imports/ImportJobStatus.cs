namespace AdaptiveLearning.Application.Imports;

/// <summary>queued → running → succeeded (nothing invalid) | completed_with_problems | failed (could not run).</summary>
public static class ImportJobStatus
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string CompletedWithProblems = "completed_with_problems";
    public const string Failed = "failed";
}
