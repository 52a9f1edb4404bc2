namespace AdaptiveLearning.Application.Analytics.GetItemStatsJob;

public sealed record GetItemStatsJobQuery(Guid Id);
