namespace AdaptiveLearning.Api.Features.Groups;

/// <summary>Addresses one member of one of my groups.</summary>
public sealed class GroupMemberRequest
{
    public const string Route = "/groups/{id}/members/{userId}";

    public static string For(Guid id, Guid userId) => Route.Replace("{id}", id.ToString()).Replace("{userId}", userId.ToString());

    public Guid Id { get; init; }
    public Guid UserId { get; init; }
}
