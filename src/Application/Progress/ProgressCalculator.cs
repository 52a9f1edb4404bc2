using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Domain.Content;
using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Application.Progress;

/// <summary>Rolls facet-level facts up the hierarchy and into the learner's calendar.</summary>
/// <remarks>
/// A node's mastery is the question-weighted mean of its facets' P(known); a facet the learner has shown
/// nothing on counts 0, so mastery grows with evidence instead of starting at the population prior.
/// </remarks>
internal sealed class ProgressCalculator(ProgressFacts facts, LearnerSchedule schedule,
    IReadOnlyDictionary<string, double> facetMastery, DateTimeOffset now)
{
    public const int ForecastDays = 30;
    public const double MatureIntervalDays = 21;

    private readonly int _today = schedule.Calendar.DayNumber(now);

    public NodeProgress For(string path)
    {
        bool Under(string facetPath) => path.Length == 0 || HierarchyPath.Covers(path, facetPath);

        var total = facts.Totals.Where(t => Under(t.Path)).Sum(t => t.Questions);
        var cards = facts.Cards.Where(c => Under(c.Path)).ToList();
        var attempts = facts.Attempts.Where(a => Under(a.Path)).ToList();
        var seen = cards.Count(c => c.Snapshot.Memory.Reps > 0);
        var mature = cards.Count(c => c.Snapshot.Memory.State == CardState.Review && c.Snapshot.Memory.IntervalDays >= MatureIntervalDays);
        var answered = attempts.Sum(a => a.Answered);
        var correct = attempts.Sum(a => a.Correct);
        var known = facts.Totals.Where(t => Under(t.Path)).Sum(t => t.Questions * facetMastery.GetValueOrDefault(t.Path));
        return new NodeProgress(path, total, seen, mature, answered,
            answered > 0 ? Math.Round((double)correct / answered, 4) : null,
            total == 0 ? 0 : Math.Round(Math.Clamp(known / total, 0, 1), 4),
            attempts.Sum(a => a.TimeSpentMs),
            cards.Count(c => DueDay(c) is { } day && day <= _today));
    }

    /// <summary>The node's direct children that hold questions, in path order.</summary>
    public IReadOnlyList<NodeProgress> Children(string path)
    {
        var depth = path.Length == 0 ? 1 : HierarchyPath.Parse(path).Level + 1;
        return facts.Totals.Select(t => HierarchyPath.Parse(t.Path))
            .Where(p => p.Level >= depth && (path.Length == 0 || HierarchyPath.Covers(path, p.ToString())))
            .Select(p => string.Join(HierarchyPath.Separator, p.Codes.Take(depth)))
            .Distinct().Order(StringComparer.Ordinal)
            .Select(For).ToList();
    }

    /// <summary>Cards coming due on each of the next 30 learner days; overdue cards count on the first.</summary>
    public IReadOnlyList<DueForecastDay> Forecast()
    {
        var byDay = facts.Cards.Select(DueDay).OfType<int>().GroupBy(d => Math.Max(d, _today)).ToDictionary(g => g.Key, g => g.Count());
        return Enumerable.Range(_today, ForecastDays)
            .Select(day => new DueForecastDay(DateOnly.FromDayNumber(day), byDay.GetValueOrDefault(day))).ToList();
    }

    /// <summary>Consecutive learner days with at least one answer, ending today (or yesterday, while today is still open).</summary>
    public int StreakDays()
    {
        var days = facts.ActiveTimes.Select(schedule.Calendar.DayNumber).ToHashSet();
        var day = days.Contains(_today) ? _today : _today - 1;
        var streak = 0;
        while (days.Contains(day - streak))
            streak++;
        return streak;
    }

    private int? DueDay(ProgressCard card) =>
        card.Snapshot.Suspended || card.Snapshot.Memory.State == CardState.New || card.Snapshot.Memory.Due is not { } due
            ? null
            : schedule.Calendar.DayNumber(due);
}
