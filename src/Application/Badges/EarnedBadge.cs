using AdaptiveLearning.Domain.Engagement;

namespace AdaptiveLearning.Application.Badges;

/// <summary>A badge I hold.</summary>
/// <param name="Key">The badge's stable key.</param>
/// <param name="Icon">An icon name or URL.</param>
/// <param name="EarnedAt">When I earned it.</param>
/// <param name="Value">The metric's value when I earned it.</param>
/// <param name="Retired">The badge is no longer awarded; I keep it.</param>
public sealed record EarnedBadge(string Key, string Name, string Description, string Icon, string Category, BadgeRarity Rarity,
    DateTimeOffset EarnedAt, double Value, bool Retired);
