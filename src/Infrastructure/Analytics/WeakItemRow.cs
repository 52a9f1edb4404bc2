using AdaptiveLearning.Application.Analytics;

namespace AdaptiveLearning.Infrastructure.Analytics;

internal sealed class WeakItemRow
{
    public long QuestionId { get; init; }
    public string ExternalId { get; init; } = "";
    public string Path { get; init; } = "";
    public int Version { get; init; }
    public long Attempts { get; init; }
    public double? ProportionCorrect { get; init; }
    public double? Discrimination { get; init; }
    public double? LeechRate { get; init; }
    public string? Flags { get; init; }
    public DateTimeOffset? ComputedAt { get; init; }

    public WeakItem ToItem() => new(QuestionId, ExternalId, Path, Version, Attempts, ProportionCorrect, Discrimination, LeechRate,
        ItemFlagJson.Read(Flags), ComputedAt);
}
