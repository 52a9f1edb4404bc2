using AdaptiveLearning.Application.Events;
using AdaptiveLearning.Application.Events.Payloads;
using AdaptiveLearning.Domain.Groups;

namespace AdaptiveLearning.Infrastructure.Events;

/// <summary>challenge.ended: the frozen result by learner id (no names or emails leave with it); no single learner owns it.</summary>
internal static class ChallengeEndedEvent
{
    public static OutboxEvent Of(GroupChallenge challenge, IReadOnlyList<Standing> result, DateTimeOffset endedAt) =>
        OutboxInsert.Event(EventTypes.ChallengeEnded, EventAggregates.Challenge(challenge.Id), null, endedAt,
            new ChallengeEndedData(challenge.Id, challenge.GroupId, challenge.Metric, challenge.StartsAt, challenge.EndsAt, endedAt,
                result.Select(r => new ChallengeEndedStanding(r.Rank, r.UserId, r.Score)).ToList()));
}
