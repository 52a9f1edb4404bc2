namespace AdaptiveLearning.Domain.Engagement;

/// <summary>How hard a badge is to earn, for display; stored by wire name.</summary>
public enum BadgeRarity
{
    Common,
    Uncommon,
    Rare,
    Epic,
    Legendary,
}
