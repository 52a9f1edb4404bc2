namespace AdaptiveLearning.Application.Exports;

/// <summary>
/// queued → running → succeeded | failed | cancelled; interrupted when its instance stopped on its last attempt
/// (a stopped instance's job is otherwise taken over by another one). Only succeeded has a file.
/// </summary>
public enum ExportJobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Interrupted,
    Cancelled,
}
