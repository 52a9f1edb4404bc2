using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Domain.Engagement;
using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Application.Engagement;

/// <summary>A learner's standing on the badge metrics: counts from the database, level and streak derived here as everywhere else.</summary>
internal sealed class LearnerFigureReader(IEngagementFigures figures, PointsRules points, StreakRules streaks, IClock clock)
{
    public async Task<LearnerFigures> ReadAsync(User learner, IReadOnlySet<BadgeMetric> needed, CancellationToken ct) =>
        From(learner, await figures.TalliesAsync(learner.Id, needed, ct), needed);

    /// <param name="tallies">Read for at least <paramref name="needed"/>.</param>
    public LearnerFigures From(User learner, LearnerTallies tallies, IReadOnlySet<BadgeMetric> needed)
    {
        var streak = Streak.None;
        if (needed.Contains(BadgeMetric.StreakCurrent) || needed.Contains(BadgeMetric.StreakLongest))
        {
            var today = LearnerSchedule.For(learner).Calendar.DayNumber(clock.UtcNow);
            streak = StreakCalculator.Compute(tallies.ActiveDays.Select(d => d.DayNumber).ToHashSet(), today, streaks);
        }
        return new LearnerFigures(tallies.Answers, tallies.Correct, tallies.Graded, tallies.Points, points.Levels.For(tallies.Points).Level,
            tallies.ActiveDays.Count, streak.Current, streak.Longest, tallies.Placements);
    }
}
