using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Infrastructure.MachineLearning;

/// <summary>
/// Which slot of the feature vector means what. Learned from the training log (item and skill vocabularies,
/// optionally IRT item parameters) and saved with the model, because weights only make sense with their layout.
/// </summary>
/// <remarks>
/// Slots, in order: one-hot item, one-hot skill, log(1+attempts) and log(1+successes) on the current skill
/// placed at that skill's slot (each skill learns its own practice effect, as in Best-LR), then shared slots:
/// log counts on the current item and in total, per time window on the current skill, the last outcomes,
/// and the IRT prediction from the learner's ability so far; optionally log counts on every other skill practised
/// (one weight per source skill: transfer between skills) and the drift of the learner's answers from their IRT
/// predictions (recency-weighted residuals, overall and on the skill).
/// </remarks>
public sealed class CorrectnessFeatureLayout
{
    public const int RecentOutcomesOnSkill = 3;
    public const double RecencyDecay = 0.7;
    private const int RecencySlots = 2 * RecentOutcomesOnSkill + 3;
    private const int IrtSlots = 3;
    private const int DriftSlots = 6;
    private readonly Dictionary<string, int> _itemSlots;
    private readonly Dictionary<string, int> _skillSlots;

    public CorrectnessFeatureLayout(
        IReadOnlyList<string> itemIds,
        IReadOnlyList<string> skillIds,
        IReadOnlyList<TimeSpan> timeWindows,
        bool recentOutcomes,
        bool itemSpecificCounts,
        IrtCalibration? irt,
        bool skillTransfer = false,
        bool abilityDrift = false)
    {
        SkillTransfer = skillTransfer;
        AbilityDrift = abilityDrift && irt is not null;
        ItemSpecificCounts = itemSpecificCounts;
        ItemIds = itemIds;
        SkillIds = skillIds;
        TimeWindows = timeWindows;
        RecentOutcomes = recentOutcomes;
        Irt = irt;
        _itemSlots = itemIds.Select((id, slot) => (id, slot)).ToDictionary(p => p.id, p => p.slot, StringComparer.Ordinal);
        _skillSlots = skillIds.Select((id, slot) => (id, slot)).ToDictionary(p => p.id, p => p.slot, StringComparer.Ordinal);
    }

    public IReadOnlyList<string> ItemIds { get; }

    public IReadOnlyList<string> SkillIds { get; }

    /// <summary>Empty when the training log had no timestamps.</summary>
    public IReadOnlyList<TimeSpan> TimeWindows { get; }

    public bool RecentOutcomes { get; }

    /// <summary>Counts on the current item also at that item's own slot, for content learners revisit.</summary>
    public bool ItemSpecificCounts { get; }

    /// <summary>Null when the model does not use IRT features.</summary>
    public IrtCalibration? Irt { get; }

    /// <summary>Log counts on each other skill the learner practised, at that skill's slot.</summary>
    public bool SkillTransfer { get; }

    /// <summary>Recency-weighted residuals of the learner's answers against their IRT predictions; needs IRT.</summary>
    public bool AbilityDrift { get; }

    public int SkillStart => ItemIds.Count;
    public int SkillAttemptsStart => SkillStart + SkillIds.Count;
    public int SkillSuccessesStart => SkillAttemptsStart + SkillIds.Count;
    public int ItemAttemptsByItemStart => SkillSuccessesStart + SkillIds.Count;
    public int ItemSuccessesByItemStart => ItemAttemptsByItemStart + (ItemSpecificCounts ? ItemIds.Count : 0);
    public int ItemAttemptsSlot => ItemSuccessesByItemStart + (ItemSpecificCounts ? ItemIds.Count : 0);
    public int ItemSuccessesSlot => ItemAttemptsSlot + 1;
    public int TotalAttemptsSlot => ItemAttemptsSlot + 2;
    public int TotalSuccessesSlot => ItemAttemptsSlot + 3;
    public int WindowStart => ItemAttemptsSlot + 4;
    public int RecencyStart => WindowStart + 2 * TimeWindows.Count;
    public int IrtStart => RecencyStart + (RecentOutcomes ? RecencySlots : 0);
    public int TransferStart => IrtStart + (Irt is null ? 0 : IrtSlots);
    public int DriftStart => TransferStart + (SkillTransfer ? 2 * SkillIds.Count : 0);
    public int Dimension => DriftStart + (AbilityDrift ? DriftSlots : 0);

    public int? ItemSlot(string itemId) => _itemSlots.TryGetValue(itemId, out var slot) ? slot : null;

    public int? SkillSlot(string skillId) => _skillSlots.TryGetValue(skillId, out var slot) ? slot : null;

    public CorrectnessFeatureLayout WithIrt(IrtCalibration? irt) =>
        new(ItemIds, SkillIds, TimeWindows, RecentOutcomes, ItemSpecificCounts, irt, SkillTransfer, AbilityDrift);

    public string Describe(int slot)
    {
        if (slot < SkillStart) return $"item {ItemIds[slot]}";
        if (slot < SkillAttemptsStart) return $"skill {SkillIds[slot - SkillStart]}";
        if (slot < SkillSuccessesStart) return $"attempts on skill {SkillIds[slot - SkillAttemptsStart]}";
        if (slot < ItemAttemptsByItemStart) return $"successes on skill {SkillIds[slot - SkillSuccessesStart]}";
        if (slot < ItemSuccessesByItemStart) return $"attempts on item {ItemIds[slot - ItemAttemptsByItemStart]}";
        if (slot < ItemAttemptsSlot) return $"successes on item {ItemIds[slot - ItemSuccessesByItemStart]}";
        if (slot == ItemAttemptsSlot) return "attempts on this item";
        if (slot == ItemSuccessesSlot) return "successes on this item";
        if (slot == TotalAttemptsSlot) return "attempts in total";
        if (slot == TotalSuccessesSlot) return "successes in total";
        if (slot < RecencyStart)
        {
            var kind = (slot - WindowStart) % 2 == 0 ? "attempts" : "successes";
            return $"{kind} on this skill in the last {TimeWindows[(slot - WindowStart) / 2]}";
        }

        if (slot < IrtStart)
        {
            var offset = slot - RecencyStart;
            var outcome = offset % 2 == 0 ? "right" : "wrong";
            return offset == RecencySlots - 1 ? "recency-weighted success rate on this skill"
                : offset / 2 < RecentOutcomesOnSkill ? $"answer {offset / 2 + 1} back on this skill was {outcome}"
                : $"previous answer was {outcome}";
        }

        if (slot >= DriftStart)
            return (slot - DriftStart) switch
            {
                0 => "answers above or below ability lately",
                1 => "answers above or below ability lately on this skill",
                2 => "IRT log-odds from ability on this skill alone",
                3 => "answers in the current run on this skill",
                4 => "right answers in the current run on this skill",
                _ => "right answers in a row on this skill",
            };
        if (slot >= TransferStart)
        {
            var kind = (slot - TransferStart) % 2 == 0 ? "attempts" : "successes";
            return $"{kind} on other skill {SkillIds[(slot - TransferStart) / 2]}";
        }

        return (slot - IrtStart) switch
        {
            0 => "IRT log-odds from ability so far",
            1 => "IRT ability estimate",
            _ => "IRT item difficulty",
        };
    }
}
