using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Goals;
using AdaptiveLearning.Domain.Learning;
using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Evaluate.Policy;

/// <summary>
/// A policy driven by a spaced-repetition scheduler and the Domain's <see cref="StudyQueuePlanner"/> in practice
/// mode, with the learner's daily limits, as the next-questions endpoint serves it. The ranker (if any) orders new
/// questions the way the endpoint does before they enter the plan. With a goal, the day's new-card quota is the
/// plan's and the target-date policy (if any) reorders everything the schedule allows, as a goal session does.
/// </summary>
internal sealed class ScheduledPolicy(
    string name, ISpacedRepetitionScheduler scheduler, IReadOnlyList<BankItem> bank, DailyLimits limits, INewQuestionRanker? ranker, Random random,
    GoalSchedule? goal = null)
    : IStudyPolicy
{
    private static readonly LearnerCalendar Calendar = LearnerCalendar.Utc;
    private readonly Dictionary<long, MemoryState> _memories = [];
    private int _day = int.MinValue;
    private int _newToday;
    private int _reviewsToday;
    private int _newLimitToday;

    public string Name => name;

    public IReadOnlyList<long> Next(DateTimeOffset now, int count)
    {
        StartDay(now);
        var allowance = DailyAllowance.Remaining(_newLimitToday, limits.Reviews, _newToday, _reviewsToday);
        var cards = _memories.Where(m => m.Value.Due is not null)
            .Select(m => new ScheduledCard(m.Key, m.Value.State, m.Value.Due!.Value, scheduler.Retrievability(m.Value, now, Calendar)))
            .ToList();
        IReadOnlyList<long> fresh = allowance.NewCards == 0 ? [] : bank.Where(i => !_memories.ContainsKey(i.Id))
            .Take(ranker?.PoolSize(allowance.NewCards) ?? allowance.NewCards).Select(i => i.Id).ToList();
        if (ranker is not null && fresh.Count > 1)
            fresh = ranker.Rank(fresh);
        if (goal?.Policy is not { } target || ranker is null)
            return StudyQueuePlanner.Plan(SessionMode.Practice, cards, fresh, allowance, now, Calendar, count).Select(p => p.QuestionId).ToList();

        var allowed = StudyQueuePlanner.Plan(SessionMode.Practice, cards, fresh, allowance, now, Calendar, int.MaxValue);
        var candidates = allowed.ToDictionary(p => p.QuestionId,
            p => new TargetRecallCandidate(p.QuestionId, _memories.GetValueOrDefault(p.QuestionId), ranker.PredictCorrect(p.QuestionId)));
        return target.Order(allowed, candidates, now, goal.Target, count).Select(p => p.QuestionId).ToList();
    }

    public void Record(long itemId, bool correct, DateTimeOffset at)
    {
        StartDay(at);
        var before = _memories.GetValueOrDefault(itemId) ?? MemoryState.New;
        if (before.State == CardState.New)
            _newToday++;
        else if (before.State == CardState.Review)
            _reviewsToday++;
        _memories[itemId] = scheduler.Review(before, correct ? Rating.Good : Rating.Again, at, Calendar, random);
        ranker?.Observe(itemId, correct);
    }

    private void StartDay(DateTimeOffset now)
    {
        var day = Calendar.DayNumber(now);
        if (day == _day)
            return;
        (_day, _newToday, _reviewsToday) = (day, 0, 0);
        // A goal session reads the plan once when the day's session starts.
        _newLimitToday = goal is null
            ? limits.NewCards
            : StudyPlanner.NewCardsPerDay(bank.Count - _memories.Count, Math.Max(1, Calendar.DayNumber(goal.LastStudyDay) - day + 1));
    }
}
