namespace AdaptiveLearning.Application.Models;

public enum TrainingJobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
