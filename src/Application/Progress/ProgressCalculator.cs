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
    private Dictionary<string, Tally>? _byNode;

    public NodeProgress For(string path)
    {
        var tally = ByNode.GetValueOrDefault(path) ?? new Tally();
        return new NodeProgress(path, tally.Total, tally.Seen, tally.Mature, tally.Answered,
            tally.Answered > 0 ? Math.Round((double)tally.Correct / tally.Answered, 4) : null,
            tally.Total == 0 ? 0 : Math.Round(Math.Clamp(tally.Known / tally.Total, 0, 1), 4),
            tally.TimeSpentMs, tally.DueToday);
    }

    /// <summary>The node's direct children that hold questions, in path order.</summary>
    public IReadOnlyList<NodeProgress> Children(string path)
    {
        var depth = path.Length == 0 ? 1 : HierarchyPath.SelfAndAncestorPaths(path).Count() + 1;
        return facts.Totals.Where(t => path.Length == 0 || HierarchyPath.Covers(path, t.Path))
            .Select(t => HierarchyPath.SelfAndAncestorPaths(t.Path).Skip(depth - 1).FirstOrDefault())
            .OfType<string>()
            .Distinct().Order(StringComparer.Ordinal)
            .Select(For).ToList();
    }

    /// <summary>
    /// Every node's figures in one pass: each facet's facts are added to the facet, its ancestors and the whole bank
    /// (path ""), so a report costs the facts once rather than once per child shown.
    /// </summary>
    private Dictionary<string, Tally> ByNode => _byNode ??= TallyAll();

    private Dictionary<string, Tally> TallyAll()
    {
        var byNode = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var nodesOf = new Dictionary<string, Tally[]>(StringComparer.Ordinal);
        Tally[] NodesOf(string facetPath)
        {
            if (!nodesOf.TryGetValue(facetPath, out var nodes))
            {
                nodes = HierarchyPath.SelfAndAncestorPaths(facetPath).Append("").Select(p => byNode.TryGetValue(p, out var t) ? t : byNode[p] = new Tally()).ToArray();
                nodesOf[facetPath] = nodes;
            }

            return nodes;
        }

        foreach (var total in facts.Totals)
            foreach (var node in NodesOf(total.Path))
            {
                node.Total += total.Questions;
                node.Known += total.Questions * facetMastery.GetValueOrDefault(total.Path);
            }

        foreach (var card in facts.Cards)
        {
            var memory = card.Snapshot.Memory;
            var seen = memory.Reps > 0;
            var mature = memory.State == CardState.Review && memory.IntervalDays >= MatureIntervalDays;
            var dueToday = DueDay(card) is { } day && day <= _today;
            foreach (var node in NodesOf(card.Path))
            {
                node.Seen += seen ? 1 : 0;
                node.Mature += mature ? 1 : 0;
                node.DueToday += dueToday ? 1 : 0;
            }
        }

        foreach (var attempts in facts.Attempts)
            foreach (var node in NodesOf(attempts.Path))
            {
                node.Answered += attempts.Answered;
                node.Correct += attempts.Correct;
                node.TimeSpentMs += attempts.TimeSpentMs;
            }

        return byNode;
    }

    private sealed class Tally
    {
        public int Total;
        public double Known;
        public int Seen;
        public int Mature;
        public int DueToday;
        public int Answered;
        public int Correct;
        public long TimeSpentMs;
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
