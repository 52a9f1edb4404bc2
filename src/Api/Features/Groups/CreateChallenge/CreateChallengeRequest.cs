using AdaptiveLearning.Domain.Groups;

namespace AdaptiveLearning.Api.Features.Groups.CreateChallenge;

public sealed class CreateChallengeRequest
{
    public const string Route = GroupRequest.ChallengesRoute;

    public Guid Id { get; init; }
    /// <example>Most right answers this week</example>
    public string Name { get; init; } = "";
    /// <summary>points, answers or correct_answers.</summary>
    public ChallengeMetric? Metric { get; init; }
    /// <summary>Hierarchy paths answers must fall under (points then count only answers and their bonuses); empty for the whole bank.</summary>
    public IReadOnlyList<string> Scope { get; init; } = [];
    /// <summary>When counting starts.</summary>
    public DateTimeOffset? StartsAt { get; init; }
    /// <summary>When counting stops (exclusive; in the future, at most 366 days after the start).</summary>
    public DateTimeOffset? EndsAt { get; init; }
}
