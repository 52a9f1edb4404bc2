namespace AdaptiveLearning.Domain.Tracing;

/// <summary>
/// Calibrated items and the abilities of the calibration learners. Items not in the calibration get their
/// skill's average item, or the average of all items when the skill is unknown too.
/// </summary>
public sealed class IrtCalibration(
    IReadOnlyDictionary<string, IrtItem> items,
    IReadOnlyDictionary<string, IrtItem> averageItemBySkill,
    IrtItem averageItem,
    IReadOnlyDictionary<string, double> abilities)
{
    public IReadOnlyDictionary<string, IrtItem> Items { get; } = items;

    public IReadOnlyDictionary<string, double> Abilities { get; } = abilities;

    public IReadOnlyDictionary<string, IrtItem> AverageItemBySkill { get; } = averageItemBySkill;

    public IrtItem AverageItem { get; } = averageItem;

    public IrtItem ItemFor(string itemId, string skillId) =>
        Items.TryGetValue(itemId, out var item) ? item
        : AverageItemBySkill.TryGetValue(skillId, out var skillAverage) ? skillAverage
        : AverageItem;
}
