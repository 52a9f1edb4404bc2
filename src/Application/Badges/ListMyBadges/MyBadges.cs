namespace AdaptiveLearning.Application.Badges.ListMyBadges;

/// <summary>The badges I hold.</summary>
/// <param name="Count">How many I hold.</param>
/// <param name="Items">Newest first.</param>
public sealed record MyBadges(int Count, IReadOnlyList<EarnedBadge> Items);
