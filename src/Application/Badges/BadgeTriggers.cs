using AdaptiveLearning.Domain.Engagement;

namespace AdaptiveLearning.Application.Badges;

/// <summary>Which metrics an event can move: only badges on those are evaluated after it.</summary>
public static class BadgeTriggers
{
    /// <summary>An answer moves counts, points, days and streaks; a placement completes with its last answer.</summary>
    public static IReadOnlySet<BadgeMetric> AnswersRecorded { get; } = Enum.GetValues<BadgeMetric>().ToHashSet();

    /// <summary>Ending a session can add the completion bonus, complete a placement and reveal a mock test's correctness.</summary>
    public static IReadOnlySet<BadgeMetric> SessionEnded { get; } = new HashSet<BadgeMetric>
    {
        BadgeMetric.PointsTotal, BadgeMetric.Level, BadgeMetric.PlacementCompleted, BadgeMetric.CorrectTotal, BadgeMetric.Accuracy,
    };
}
