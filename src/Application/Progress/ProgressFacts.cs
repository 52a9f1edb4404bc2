namespace AdaptiveLearning.Application.Progress;

/// <summary>Everything progress is computed from, for one learner under one node.</summary>
public sealed record ProgressFacts(
    IReadOnlyList<FacetTotal> Totals,
    IReadOnlyList<ProgressCard> Cards,
    IReadOnlyList<FacetAttempts> Attempts,
    IReadOnlyList<DateTimeOffset> ActiveTimes);
