namespace AdaptiveLearning.Application.Adaptive.Models;

public enum TrainingJobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
