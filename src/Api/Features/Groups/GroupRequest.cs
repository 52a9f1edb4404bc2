namespace AdaptiveLearning.Api.Features.Groups;

/// <summary>Addresses one of my groups.</summary>
public sealed class GroupRequest
{
    public const string Route = "/groups/{id}";
    public const string InviteCodeRoute = "/groups/{id}/invite-code";
    public const string ChallengesRoute = "/groups/{id}/challenges";

    public static string For(Guid id) => Route.Replace("{id}", id.ToString());
    public static string InviteCodeFor(Guid id) => InviteCodeRoute.Replace("{id}", id.ToString());
    public static string ChallengesFor(Guid id) => ChallengesRoute.Replace("{id}", id.ToString());

    public Guid Id { get; init; }
}
