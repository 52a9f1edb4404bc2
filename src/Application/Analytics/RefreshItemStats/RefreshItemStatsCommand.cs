namespace AdaptiveLearning.Application.Analytics.RefreshItemStats;

/// <param name="Trigger">Who asked: <see cref="ItemStatsJob.AdminTrigger"/> or <see cref="ItemStatsJob.ScheduleTrigger"/>.</param>
public sealed record RefreshItemStatsCommand(string Trigger);
