namespace AdaptiveLearning.Api.Features.Badges.CreateBadge;

public sealed class CreateBadgeRequest
{
    public const string Route = "/admin/badges";

    /// <summary>Stable identifier: 1-64 lower-case letters, digits, '_' or '-'; never reused.</summary>
    /// <example>streak-7</example>
    public string Key { get; init; } = "";
    /// <example>One week strong</example>
    public string? Name { get; init; }
    /// <example>Study 7 days in a row.</example>
    public string? Description { get; init; }
    /// <summary>An icon name or URL the app resolves.</summary>
    /// <example>flame</example>
    public string? Icon { get; init; }
    /// <summary>A grouping for display.</summary>
    /// <example>streak</example>
    public string? Category { get; init; }
    /// <summary>common, uncommon, rare, epic or legendary.</summary>
    /// <example>uncommon</example>
    public string? Rarity { get; init; } = "common";
    public BadgeCriteriaRequest? Criteria { get; init; }
}
