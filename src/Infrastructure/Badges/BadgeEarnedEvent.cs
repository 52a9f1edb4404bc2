using AdaptiveLearning.Application.Badges;
using AdaptiveLearning.Application.Events;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Infrastructure.Events;

namespace AdaptiveLearning.Infrastructure.Badges;

/// <summary>badge.earned, on the learner's aggregate (the award holds no lock on it, so its order against answers is by commit).</summary>
internal static class BadgeEarnedEvent
{
    public static OutboxEvent Of(Guid userId, BadgeAward award, DateTimeOffset earnedAt) =>
        OutboxInsert.Event(EventTypes.BadgeEarned, EventAggregates.Learner(userId), userId, earnedAt, new
        {
            learnerId = userId,
            badge = award.Badge.Key,
            name = award.Badge.Name,
            rarity = WireNames.Of(award.Badge.Rarity),
            metric = WireNames.Of(award.Badge.Criteria.Metric),
            award.Badge.Criteria.Threshold,
            award.Value,
            earnedAt,
        });
}
