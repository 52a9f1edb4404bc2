namespace AdaptiveLearning.Api.Features.Badges.ListBadgeDefinitions;

public sealed class ListBadgeDefinitionsRequest
{
    public const string Route = "/admin/badges";

    /// <summary>Also list retired badges.</summary>
    public bool? IncludeRetired { get; init; }
}
