using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Infrastructure.MachineLearning;

/// <summary>Turns a learner's earlier attempts into Best-LR style features (Gervet et al. 2020) for the next attempt.</summary>
public sealed class CorrectnessFeatureBuilder(CorrectnessFeatureLayout layout)
{
    /// <summary>Windows as in DAS3H / Best-LR: recent practice matters more than old practice.</summary>
    public static IReadOnlyList<TimeSpan> StandardTimeWindows { get; } =
        [TimeSpan.FromHours(1), TimeSpan.FromDays(1), TimeSpan.FromDays(7), TimeSpan.FromDays(30)];

    public CorrectnessFeatureLayout Layout { get; } = layout;

    public static CorrectnessFeatureLayout LearnLayout(IReadOnlyCollection<AttemptRecord> attempts)
    {
        var items = attempts.Select(a => a.ItemId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var skills = attempts.Select(a => a.SkillId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var timed = attempts.Any(a => a.Timestamp is not null);
        return new CorrectnessFeatureLayout(items, skills, timed ? StandardTimeWindows : []);
    }

    public SparseFeatures Build(PracticeHistory earlier, string itemId, string skillId, DateTimeOffset? at)
    {
        var slots = new SortedDictionary<int, float>();
        if (Layout.ItemSlot(itemId) is { } itemSlot)
        {
            slots[itemSlot] = 1;
        }

        var onSkill = earlier.ForSkill(skillId);
        if (Layout.SkillSlot(skillId) is { } skillSlot)
        {
            slots[Layout.SkillStart + skillSlot] = 1;
            slots[Layout.SkillAttemptsStart + skillSlot] = Scaled(onSkill.Attempts);
            slots[Layout.SkillSuccessesStart + skillSlot] = Scaled(onSkill.Successes);
        }

        var onItem = earlier.ForItem(itemId);
        slots[Layout.ItemAttemptsSlot] = Scaled(onItem.Attempts);
        slots[Layout.ItemSuccessesSlot] = Scaled(onItem.Successes);
        slots[Layout.TotalAttemptsSlot] = Scaled(earlier.Total.Attempts);
        slots[Layout.TotalSuccessesSlot] = Scaled(earlier.Total.Successes);
        if (at is { } now)
        {
            for (var w = 0; w < Layout.TimeWindows.Count; w++)
            {
                var recent = earlier.ForSkillSince(skillId, now - Layout.TimeWindows[w]);
                slots[Layout.WindowStart + 2 * w] = Scaled(recent.Attempts);
                slots[Layout.WindowStart + 2 * w + 1] = Scaled(recent.Successes);
            }
        }

        var nonZero = slots.Where(s => s.Value != 0).ToList();
        return new SparseFeatures([.. nonZero.Select(s => s.Key)], [.. nonZero.Select(s => s.Value)]);
    }

    /// <summary>Features for every attempt in a chronological log, each from that learner's earlier attempts only.</summary>
    public IEnumerable<(SparseFeatures Features, AttemptRecord Attempt)> BuildForLog(IEnumerable<AttemptRecord> attempts)
    {
        var histories = new Dictionary<string, PracticeHistory>(StringComparer.Ordinal);
        foreach (var attempt in attempts)
        {
            if (!histories.TryGetValue(attempt.LearnerId, out var history))
            {
                history = new PracticeHistory();
                histories[attempt.LearnerId] = history;
            }

            yield return (Build(history, attempt.ItemId, attempt.SkillId, attempt.Timestamp), attempt);
            history.Record(attempt);
        }
    }

    private static float Scaled(int count) => MathF.Log(1 + count);
}
