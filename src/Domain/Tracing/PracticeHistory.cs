namespace AdaptiveLearning.Domain.Tracing;

/// <summary>
/// What one learner has practised so far: the counts every tracing model and the correctness
/// predictor derive their features from. Record attempts in chronological order.
/// </summary>
public sealed class PracticeHistory
{
    private readonly Dictionary<string, PracticeCount> _bySkill = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PracticeCount> _byItem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TimedOutcome>> _timedBySkill = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<bool>> _outcomesBySkill = new(StringComparer.Ordinal);

    public PracticeCount Total { get; private set; }

    public PracticeCount ForSkill(string skillId) => _bySkill.GetValueOrDefault(skillId);

    public PracticeCount ForItem(string itemId) => _byItem.GetValueOrDefault(itemId);

    /// <summary>Counts on every skill practised so far.</summary>
    public IReadOnlyDictionary<string, PracticeCount> Skills => _bySkill;

    /// <summary>Outcomes on the skill, oldest first.</summary>
    public IReadOnlyList<bool> OutcomesOnSkill(string skillId) =>
        _outcomesBySkill.TryGetValue(skillId, out var outcomes) ? outcomes : [];

    public bool? LastOutcome { get; private set; }

    /// <summary>Attempts on the skill at or after <paramref name="since"/>; untimed attempts are not counted.</summary>
    public PracticeCount ForSkillSince(string skillId, DateTimeOffset since)
    {
        if (!_timedBySkill.TryGetValue(skillId, out var outcomes))
        {
            return default;
        }

        var count = default(PracticeCount);
        // Newest last, so walk backwards and stop at the window edge.
        for (var i = outcomes.Count - 1; i >= 0 && outcomes[i].At >= since; i--)
        {
            count = count.Add(outcomes[i].Correct);
        }

        return count;
    }

    public void Record(AttemptRecord attempt)
    {
        Total = Total.Add(attempt.Correct);
        _bySkill[attempt.SkillId] = ForSkill(attempt.SkillId).Add(attempt.Correct);
        _byItem[attempt.ItemId] = ForItem(attempt.ItemId).Add(attempt.Correct);
        LastOutcome = attempt.Correct;
        if (!_outcomesBySkill.TryGetValue(attempt.SkillId, out var onSkill))
        {
            onSkill = [];
            _outcomesBySkill[attempt.SkillId] = onSkill;
        }

        onSkill.Add(attempt.Correct);
        if (attempt.Timestamp is { } at)
        {
            if (!_timedBySkill.TryGetValue(attempt.SkillId, out var outcomes))
            {
                outcomes = [];
                _timedBySkill[attempt.SkillId] = outcomes;
            }

            outcomes.Add(new TimedOutcome(at, attempt.Correct));
        }
    }

    public static PracticeHistory From(IEnumerable<AttemptRecord> earlierAttempts)
    {
        var history = new PracticeHistory();
        foreach (var attempt in earlierAttempts)
        {
            history.Record(attempt);
        }

        return history;
    }

    private readonly record struct TimedOutcome(DateTimeOffset At, bool Correct);
}
