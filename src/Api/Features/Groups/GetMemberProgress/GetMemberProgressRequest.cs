namespace AdaptiveLearning.Api.Features.Groups.GetMemberProgress;

public sealed class GetMemberProgressRequest
{
    public const string Route = "/groups/{id}/members/{userId}/progress";

    public static string For(Guid id, Guid userId) => Route.Replace("{id}", id.ToString()).Replace("{userId}", userId.ToString());

    public Guid Id { get; init; }
    public Guid UserId { get; init; }
    /// <summary>A hierarchy path: that node and its children; absent for the whole bank.</summary>
    public string? Node { get; init; }
}
