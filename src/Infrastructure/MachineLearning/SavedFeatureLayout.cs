namespace AdaptiveLearning.Infrastructure.MachineLearning;

/// <summary>The JSON shape of <see cref="CorrectnessFeatureLayout"/> inside a model file.</summary>
internal sealed record SavedFeatureLayout(IReadOnlyList<string> ItemIds, IReadOnlyList<string> SkillIds, IReadOnlyList<TimeSpan> TimeWindows)
{
    public static SavedFeatureLayout From(CorrectnessFeatureLayout layout) => new(layout.ItemIds, layout.SkillIds, layout.TimeWindows);

    public CorrectnessFeatureLayout ToLayout() => new(ItemIds, SkillIds, TimeWindows);
}
