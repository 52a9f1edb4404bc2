using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Infrastructure.MachineLearning;

/// <summary>The JSON shape of <see cref="CorrectnessFeatureLayout"/> inside a model file.</summary>
internal sealed record SavedFeatureLayout(
    IReadOnlyList<string> ItemIds,
    IReadOnlyList<string> SkillIds,
    IReadOnlyList<TimeSpan> TimeWindows,
    bool RecentOutcomes,
    bool ItemSpecificCounts,
    SavedFeatureLayout.SavedIrt? Irt,
    bool SkillTransfer = false,
    bool AbilityDrift = false)
{
    public static SavedFeatureLayout From(CorrectnessFeatureLayout layout) => new(
        layout.ItemIds,
        layout.SkillIds,
        layout.TimeWindows,
        layout.RecentOutcomes,
        layout.ItemSpecificCounts,
        layout.Irt is { } irt ? new SavedIrt(irt.Items, irt.AverageItemBySkill, irt.AverageItem) : null,
        layout.SkillTransfer,
        layout.AbilityDrift);

    public CorrectnessFeatureLayout ToLayout() => new(
        ItemIds,
        SkillIds,
        TimeWindows,
        RecentOutcomes,
        ItemSpecificCounts,
        Irt is { } irt ? new IrtCalibration(irt.Items, irt.AverageItemBySkill, irt.AverageItem, new Dictionary<string, double>()) : null,
        SkillTransfer,
        AbilityDrift);

    /// <summary>Only what prediction needs; the calibration learners' abilities stay out of the file.</summary>
    internal sealed record SavedIrt(
        IReadOnlyDictionary<string, IrtItem> Items,
        IReadOnlyDictionary<string, IrtItem> AverageItemBySkill,
        IrtItem AverageItem);
}
