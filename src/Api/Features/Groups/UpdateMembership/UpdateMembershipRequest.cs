namespace AdaptiveLearning.Api.Features.Groups.UpdateMembership;

public sealed class UpdateMembershipRequest
{
    public const string Route = "/groups/{id}/membership";

    public static string For(Guid id) => Route.Replace("{id}", id.ToString());

    public Guid Id { get; init; }
    /// <summary>Let the group's educating owner see my progress per node (off until I turn it on).</summary>
    public bool? SharesProgress { get; init; }
}
