using AdaptiveLearning.Domain.Groups;

namespace AdaptiveLearning.Application.Events.Payloads;

/// <summary>The <c>data</c> of <c>challenge.ended</c>: the frozen result by learner id; no names or emails leave with it.</summary>
/// <param name="ChallengeId">The challenge.</param>
/// <param name="GroupId">The study group it ran in.</param>
/// <param name="Metric">What was counted.</param>
/// <param name="StartsAt">When counting began.</param>
/// <param name="EndsAt">When counting ended.</param>
/// <param name="EndedAt">When the result was frozen (the first read after the end).</param>
/// <param name="Standings">Every visible member's place, best first.</param>
public sealed record ChallengeEndedData(Guid ChallengeId, Guid GroupId, ChallengeMetric Metric, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    DateTimeOffset EndedAt, IReadOnlyList<ChallengeEndedStanding> Standings);
