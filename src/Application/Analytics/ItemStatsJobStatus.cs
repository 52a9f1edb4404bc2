namespace AdaptiveLearning.Application.Analytics;

public enum ItemStatsJobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
