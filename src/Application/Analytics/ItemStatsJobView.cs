namespace AdaptiveLearning.Application.Analytics;

/// <param name="Trigger">"admin" (POST /analytics/items/refresh) or "schedule".</param>
/// <param name="Run">What the run did, once it succeeded.</param>
public sealed record ItemStatsJobView(
    Guid Id,
    ItemStatsJobStatus Status,
    string Trigger,
    DateTimeOffset RequestedAt,
    DateTimeOffset? StartedAt = null,
    DateTimeOffset? FinishedAt = null,
    ItemStatsRun? Run = null);
