using AdaptiveLearning.Domain.Engagement;

namespace AdaptiveLearning.Application.Badges;

/// <summary>The badges learners hold.</summary>
public interface ILearnerBadges
{
    /// <summary>My badges, newest first, retired ones included.</summary>
    Task<IReadOnlyList<EarnedBadge>> EarnedAsync(Guid userId, CancellationToken ct);

    Task<int> CountAsync(Guid userId, CancellationToken ct);

    /// <summary>
    /// Awards each badge the learner does not hold yet, with its <c>badge.earned</c> event, in one transaction; a badge
    /// already held (also by a racing request) is skipped.
    /// </summary>
    /// <returns>The keys actually awarded now.</returns>
    Task<IReadOnlyList<string>> AwardAsync(Guid userId, IReadOnlyList<BadgeAward> awards, DateTimeOffset now, CancellationToken ct);
}
