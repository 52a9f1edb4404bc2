using AdaptiveLearning.Domain.Engagement;

namespace AdaptiveLearning.Application.Engagement;

/// <summary>The counts badges are judged on, read in one round trip.</summary>
public interface IEngagementFigures
{
    /// <param name="needed">Only these are read (with what they derive from: a level needs the points, a streak the days).</param>
    Task<LearnerTallies> TalliesAsync(Guid userId, IReadOnlySet<BadgeMetric> needed, CancellationToken ct);
}
