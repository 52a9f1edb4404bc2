namespace AdaptiveLearning.Application.Imports;

/// <summary>
/// queued → running → succeeded (nothing invalid) | completed_with_problems | failed (could not run) | cancelled (by its
/// author or an admin) | interrupted (its instance stopped on its last attempt).
/// </summary>
public enum ImportJobStatus
{
    Queued,
    Running,
    Succeeded,
    CompletedWithProblems,
    Failed,
    Cancelled,
    Interrupted,
}
