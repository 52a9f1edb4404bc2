using AdaptiveLearning.Application.Events;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Groups;

namespace AdaptiveLearning.Infrastructure.Events;

/// <summary>challenge.ended: the frozen result by learner id (no names or emails leave with it); no single learner owns it.</summary>
internal static class ChallengeEndedEvent
{
    public static OutboxEvent Of(GroupChallenge challenge, IReadOnlyList<Standing> result, DateTimeOffset endedAt) =>
        OutboxInsert.Event(EventTypes.ChallengeEnded, EventAggregates.Challenge(challenge.Id), null, endedAt, new
        {
            challengeId = challenge.Id,
            groupId = challenge.GroupId,
            metric = WireNames.Of(challenge.Metric),
            challenge.StartsAt,
            challenge.EndsAt,
            endedAt,
            standings = result.Select(s => new { s.Rank, learnerId = s.UserId, s.Score }).ToList(),
        });
}
