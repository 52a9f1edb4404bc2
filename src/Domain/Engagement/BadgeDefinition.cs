namespace AdaptiveLearning.Domain.Engagement;

/// <summary>A badge as data: admins add, change and retire them without a release.</summary>
/// <param name="Key">Stable identifier (lower-case letters, digits, '_' and '-'); part of every award and event.</param>
/// <param name="Icon">An icon name or URL the app resolves.</param>
/// <param name="RetiredAt">No longer awarded or listed in the catalogue; learners who hold it keep it.</param>
public sealed record BadgeDefinition(
    string Key, string Name, string Description, string Icon, string Category, BadgeRarity Rarity, BadgeCriteria Criteria,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? RetiredAt = null)
{
    public bool IsRetired => RetiredAt is not null;
}
