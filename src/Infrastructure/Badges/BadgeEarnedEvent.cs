using AdaptiveLearning.Application.Badges;
using AdaptiveLearning.Application.Events;
using AdaptiveLearning.Application.Events.Payloads;
using AdaptiveLearning.Infrastructure.Events;

namespace AdaptiveLearning.Infrastructure.Badges;

/// <summary>badge.earned, on the learner's aggregate (the award holds no lock on it, so its order against answers is by commit).</summary>
internal static class BadgeEarnedEvent
{
    public static OutboxEvent Of(Guid userId, BadgeAward award, DateTimeOffset earnedAt) =>
        OutboxInsert.Event(EventTypes.BadgeEarned, EventAggregates.Learner(userId), userId, earnedAt,
            new BadgeEarnedData(userId, award.Badge.Key, award.Badge.Name, award.Badge.Rarity, award.Badge.Criteria.Metric,
                award.Badge.Criteria.Threshold, award.Value, earnedAt));
}
