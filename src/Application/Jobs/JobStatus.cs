namespace AdaptiveLearning.Application.Jobs;

/// <summary>
/// queued → running → succeeded | failed (attempts used up) | cancelled; a running job whose lease expired is
/// claimed again, or ends interrupted when it has no attempts left.
/// </summary>
public enum JobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Interrupted,
    Cancelled,
}
