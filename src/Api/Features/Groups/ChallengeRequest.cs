namespace AdaptiveLearning.Api.Features.Groups;

/// <summary>Addresses one challenge of one of my groups.</summary>
public sealed class ChallengeRequest
{
    public const string Route = "/groups/{id}/challenges/{challengeId}";

    public static string For(Guid id, Guid challengeId) => Route.Replace("{id}", id.ToString()).Replace("{challengeId}", challengeId.ToString());

    public Guid Id { get; init; }
    public Guid ChallengeId { get; init; }
}
