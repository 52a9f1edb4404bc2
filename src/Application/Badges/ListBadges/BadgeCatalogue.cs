namespace AdaptiveLearning.Application.Badges.ListBadges;

/// <summary>Every badge that can be earned, with my progress toward each.</summary>
/// <param name="Earned">How many of them I hold.</param>
public sealed record BadgeCatalogue(int Earned, IReadOnlyList<BadgeProgress> Items);
