namespace AdaptiveLearning.Api.Features.Badges.UpdateBadge;

/// <summary>The fields to change; a field left out stays as it is.</summary>
public sealed class UpdateBadgeRequest
{
    public const string Route = BadgeRequest.Route;

    public string Key { get; init; } = "";
    public string? Name { get; init; }
    public string? Description { get; init; }
    public string? Icon { get; init; }
    public string? Category { get; init; }
    /// <summary>common, uncommon, rare, epic or legendary.</summary>
    public string? Rarity { get; init; }
    /// <summary>New criteria; fields left out keep their values. Badges already earned are kept.</summary>
    public BadgeCriteriaRequest? Criteria { get; init; }
    /// <summary>True retires the badge (no longer awarded or listed; holders keep it), false brings it back.</summary>
    public bool? Retired { get; init; }
}
