namespace AdaptiveLearning.Application.Analytics;

public sealed record ItemStatsJobPayload(string Trigger);
