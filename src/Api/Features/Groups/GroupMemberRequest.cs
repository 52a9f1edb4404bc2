namespace AdaptiveLearning.Api.Features.Groups;

/// <summary>Addresses one member of one of my groups.</summary>
public sealed class GroupMemberRequest
{
    public const string Route = "/groups/{id}/members/{userId}";
    public const string ProgressRoute = "/groups/{id}/members/{userId}/progress";

    public static string For(Guid id, Guid userId) => Route.Replace("{id}", id.ToString()).Replace("{userId}", userId.ToString());
    public static string ProgressFor(Guid id, Guid userId) => ProgressRoute.Replace("{id}", id.ToString()).Replace("{userId}", userId.ToString());

    public Guid Id { get; init; }
    public Guid UserId { get; init; }
    /// <summary>A hierarchy path (progress only): that node and its children; absent for the whole bank.</summary>
    public string? Node { get; init; }
}
