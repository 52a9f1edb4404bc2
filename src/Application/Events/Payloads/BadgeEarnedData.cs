using AdaptiveLearning.Domain.Engagement;

namespace AdaptiveLearning.Application.Events.Payloads;

/// <summary>The <c>data</c> of <c>badge.earned</c>.</summary>
/// <param name="LearnerId">Who earned it.</param>
/// <param name="Badge">The badge's key.</param>
/// <param name="Name">Its name, as the catalogue shows it.</param>
/// <param name="Rarity">How rare it is.</param>
/// <param name="Metric">The figure it is earned on.</param>
/// <param name="Threshold">The value the figure had to reach.</param>
/// <param name="Value">The figure's value when it was earned.</param>
/// <param name="EarnedAt">When it was awarded.</param>
public sealed record BadgeEarnedData(Guid LearnerId, string Badge, string Name, BadgeRarity Rarity, BadgeMetric Metric, double Threshold, double Value,
    DateTimeOffset EarnedAt);
