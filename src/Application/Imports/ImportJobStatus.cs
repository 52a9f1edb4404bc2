namespace AdaptiveLearning.Application.Imports;

/// <summary>queued → running → succeeded (nothing invalid) | completed_with_problems | failed (could not run).</summary>
public enum ImportJobStatus
{
    Queued,
    Running,
    Succeeded,
    CompletedWithProblems,
    Failed,
}
