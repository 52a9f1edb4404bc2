using AdaptiveLearning.Domain.ItemAnalysis;

namespace AdaptiveLearning.Application.Analytics;

/// <summary>A question whose current version was flagged, with the numbers behind the flags.</summary>
public sealed record WeakItem(
    long QuestionId,
    string ExternalId,
    string Path,
    int Version,
    long Attempts,
    double? ProportionCorrect,
    double? Discrimination,
    double? LeechRate,
    IReadOnlyList<ItemFlag> Flags,
    DateTimeOffset? ComputedAt);
