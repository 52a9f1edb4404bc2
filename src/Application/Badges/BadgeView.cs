using AdaptiveLearning.Domain.Engagement;

namespace AdaptiveLearning.Application.Badges;

/// <summary>A badge definition as admins manage it.</summary>
/// <param name="Key">Stable identifier, used in awards and events.</param>
/// <param name="Icon">An icon name or URL the app resolves.</param>
/// <param name="Criteria">Earned when the metric reaches the threshold.</param>
/// <param name="RetiredAt">Set when retired: no longer awarded or listed; holders keep it.</param>
public sealed record BadgeView(string Key, string Name, string Description, string Icon, string Category, BadgeRarity Rarity,
    BadgeCriteria Criteria, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? RetiredAt)
{
    public static BadgeView From(BadgeDefinition b) =>
        new(b.Key, b.Name, b.Description, b.Icon, b.Category, b.Rarity, b.Criteria, b.CreatedAt, b.UpdatedAt, b.RetiredAt);
}
