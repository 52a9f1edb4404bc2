using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Learning;
using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Domain.Goals;

/// <summary>
/// Chooses what to study when the date that counts is known: each candidate (a new question, a due review, a learning
/// step) is worth the expected rise of P(correct) at the target date that answering it now buys, per expected second.
/// P(correct) = 1 − (1 − R)(1 − P_ability): recall from FSRS-6 memory, or working the answer out from ability, so a
/// question the learner would solve anyway gains little from being memorised. The answer is right with that
/// probability (memory updated as Good) or wrong (Again). Myopic on purpose: later reviews are left to later choices.
/// </summary>
public sealed class TargetRecallPolicy(FsrsParameters parameters, LearnerCalendar calendar, StudyCosts costs)
{
    private readonly FsrsModel _model = new(parameters);

    public TargetRecallGain Value(TargetRecallCandidate candidate, DateTimeOffset now, DateTimeOffset target)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var ability = Math.Clamp(candidate.AbilityProbability, 0, 1);
        var memory = candidate.Memory is { Stability: not null, Difficulty: not null, LastReview: not null } m ? m : null;
        var recallNow = memory is null ? 0 : Recall(memory, now);
        var correct = 1 - (1 - recallNow) * (1 - ability);
        var before = memory is null ? 0 : Recall(memory, target);

        var elapsed = memory is null ? 0 : calendar.ElapsedDays(memory.LastReview!.Value, now);
        var untilTarget = calendar.ElapsedDays(now, target);
        double RecallAfter(Rating rating) =>
            _model.Retrievability(untilTarget, _model.NextMemory(memory?.Stability, memory?.Difficulty, elapsed, rating).Stability);
        var after = correct * RecallAfter(Rating.Good) + (1 - correct) * RecallAfter(Rating.Again);

        var seconds = (memory is null ? costs.FirstSeconds : costs.RepeatSeconds) + (1 - correct) * costs.WrongExtraSeconds;
        return new TargetRecallGain(candidate.QuestionId, (1 - ability) * (after - before), seconds);
    }

    /// <summary>
    /// Reorders what the schedule allows now (its daily limits already applied) by gain per second, best first; ties keep
    /// the schedule's order. Candidates missing from <paramref name="candidates"/> go last in their order.
    /// </summary>
    public IReadOnlyList<PlannedQuestion> Order(IReadOnlyList<PlannedQuestion> allowed, IReadOnlyDictionary<long, TargetRecallCandidate> candidates,
        DateTimeOffset now, DateTimeOffset target, int count)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        ArgumentNullException.ThrowIfNull(candidates);
        return allowed.Select((p, index) => (p, index,
                value: candidates.TryGetValue(p.QuestionId, out var c) ? Value(c, now, target).PerSecond : double.NegativeInfinity))
            .OrderByDescending(x => x.value).ThenBy(x => x.index)
            .Take(Math.Max(0, count)).Select(x => x.p).ToList();
    }

    private double Recall(MemoryState memory, DateTimeOffset at) =>
        _model.Retrievability(calendar.ElapsedDays(memory.LastReview!.Value, at), memory.Stability!.Value);
}
