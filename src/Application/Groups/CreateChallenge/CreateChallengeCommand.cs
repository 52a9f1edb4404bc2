using AdaptiveLearning.Domain.Groups;

namespace AdaptiveLearning.Application.Groups.CreateChallenge;

public sealed record CreateChallengeCommand(
    Guid UserId, Guid GroupId, string Name, ChallengeMetric Metric, IReadOnlyList<string> Scope, DateTimeOffset StartsAt, DateTimeOffset EndsAt);
