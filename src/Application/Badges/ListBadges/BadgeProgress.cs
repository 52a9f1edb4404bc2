using AdaptiveLearning.Domain.Engagement;

namespace AdaptiveLearning.Application.Badges.ListBadges;

/// <summary>A badge of the catalogue and how far I am toward it.</summary>
/// <param name="Criteria">Earned when the metric reaches the threshold (accuracy: only from its minimum number of graded answers).</param>
/// <param name="Earned">Whether I hold it.</param>
/// <param name="EarnedAt">When I earned it; null if I have not.</param>
/// <param name="Current">My current value of the metric.</param>
/// <param name="Threshold">The value that earns it.</param>
/// <param name="Progress">Share of the way, 0 to 1 (1 once earned).</param>
public sealed record BadgeProgress(string Key, string Name, string Description, string Icon, string Category, BadgeRarity Rarity,
    BadgeCriteria Criteria, bool Earned, DateTimeOffset? EarnedAt, double Current, double Threshold, double Progress);
