using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Engagement;

namespace AdaptiveLearning.Infrastructure.Badges;

internal sealed class BadgeRow
{
    public const string Columns = """
        b.badge_key AS `Key`, b.name AS Name, b.description AS Description, b.icon AS Icon, b.category AS Category, b.rarity AS Rarity,
        b.metric AS Metric, b.threshold AS Threshold, b.min_answers AS MinAnswers, b.created_at AS CreatedAt, b.updated_at AS UpdatedAt,
        b.retired_at AS RetiredAt
        """;

    public string Key { get; init; } = "";
    public string Name { get; init; } = "";
    public string Description { get; init; } = "";
    public string Icon { get; init; } = "";
    public string Category { get; init; } = "";
    public string Rarity { get; init; } = "";
    public string Metric { get; init; } = "";
    public double Threshold { get; init; }
    public int? MinAnswers { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? RetiredAt { get; init; }

    public BadgeDefinition ToBadge() => new(Key, Name, Description, Icon, Category, WireNames.Parse<BadgeRarity>(Rarity),
        new BadgeCriteria(WireNames.Parse<BadgeMetric>(Metric), Threshold, MinAnswers), CreatedAt, UpdatedAt, RetiredAt);

    public static object Parameters(BadgeDefinition b) => new
    {
        b.Key, b.Name, b.Description, b.Icon, b.Category, Rarity = WireNames.Of(b.Rarity), Metric = WireNames.Of(b.Criteria.Metric),
        b.Criteria.Threshold, b.Criteria.MinAnswers, CreatedAt = b.CreatedAt.UtcDateTime, UpdatedAt = b.UpdatedAt.UtcDateTime,
        RetiredAt = b.RetiredAt?.UtcDateTime,
    };
}
