namespace AdaptiveLearning.Infrastructure.MachineLearning;

/// <summary>
/// Which slot of the feature vector means what. Learned from the training log (the item and skill
/// vocabularies) and saved with the model, because a model's weights only make sense with its layout.
/// </summary>
/// <remarks>
/// Slots, in order: one-hot item, one-hot skill, log(1+attempts) and log(1+successes) on the current skill
/// placed at that skill's slot (so each skill learns its own practice effect, as in Best-LR), then shared
/// slots: log counts on the current item, in total, and on the current skill per time window.
/// </remarks>
public sealed class CorrectnessFeatureLayout
{
    private readonly Dictionary<string, int> _itemSlots;
    private readonly Dictionary<string, int> _skillSlots;

    public CorrectnessFeatureLayout(IReadOnlyList<string> itemIds, IReadOnlyList<string> skillIds, IReadOnlyList<TimeSpan> timeWindows)
    {
        ItemIds = itemIds;
        SkillIds = skillIds;
        TimeWindows = timeWindows;
        _itemSlots = itemIds.Select((id, slot) => (id, slot)).ToDictionary(p => p.id, p => p.slot, StringComparer.Ordinal);
        _skillSlots = skillIds.Select((id, slot) => (id, slot)).ToDictionary(p => p.id, p => p.slot, StringComparer.Ordinal);
    }

    public IReadOnlyList<string> ItemIds { get; }

    public IReadOnlyList<string> SkillIds { get; }

    /// <summary>Empty when the training log had no timestamps.</summary>
    public IReadOnlyList<TimeSpan> TimeWindows { get; }

    public int SkillStart => ItemIds.Count;

    public int SkillAttemptsStart => SkillStart + SkillIds.Count;

    public int SkillSuccessesStart => SkillAttemptsStart + SkillIds.Count;

    public int ItemAttemptsSlot => SkillSuccessesStart + SkillIds.Count;

    public int ItemSuccessesSlot => ItemAttemptsSlot + 1;

    public int TotalAttemptsSlot => ItemAttemptsSlot + 2;

    public int TotalSuccessesSlot => ItemAttemptsSlot + 3;

    public int WindowStart => ItemAttemptsSlot + 4;

    public int Dimension => WindowStart + 2 * TimeWindows.Count;

    public int? ItemSlot(string itemId) => _itemSlots.TryGetValue(itemId, out var slot) ? slot : null;

    public int? SkillSlot(string skillId) => _skillSlots.TryGetValue(skillId, out var slot) ? slot : null;

    public string Describe(int slot)
    {
        if (slot < SkillStart) return $"item {ItemIds[slot]}";
        if (slot < SkillAttemptsStart) return $"skill {SkillIds[slot - SkillStart]}";
        if (slot < SkillSuccessesStart) return $"attempts on skill {SkillIds[slot - SkillAttemptsStart]}";
        if (slot < ItemAttemptsSlot) return $"successes on skill {SkillIds[slot - SkillSuccessesStart]}";
        if (slot == ItemAttemptsSlot) return "attempts on this item";
        if (slot == ItemSuccessesSlot) return "successes on this item";
        if (slot == TotalAttemptsSlot) return "attempts in total";
        if (slot == TotalSuccessesSlot) return "successes in total";
        var window = (slot - WindowStart) / 2;
        var kind = (slot - WindowStart) % 2 == 0 ? "attempts" : "successes";
        return $"{kind} on this skill in the last {TimeWindows[window]}";
    }
}
