using AdaptiveLearning.Domain.Engagement;

namespace AdaptiveLearning.Application.Badges;

/// <summary>
/// What deciding a learner's badges after an event needs, in one round trip: the badges on the moved metrics they do not
/// hold yet and their tallies for those metrics. Runs after every answer, where two reads were two round trips.
/// </summary>
public interface IBadgeStandingReader
{
    Task<BadgeStanding> ReadAsync(Guid userId, IReadOnlySet<BadgeMetric> moved, CancellationToken ct);
}
