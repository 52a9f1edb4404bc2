using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Progress;

/// <summary>Published questions under one facet (or any node holding questions).</summary>
public sealed record FacetTotal(string Path, int Questions);

/// <summary>A learner's answers on one facet; "recent" is the last 30 days.</summary>
public sealed record FacetAttempts(string Path, int Answered, int Correct, long TimeSpentMs, int RecentAnswered, int RecentCorrect);

public sealed record ProgressCard(string Path, CardSnapshot Snapshot);

/// <summary>Everything progress is computed from, for one learner under one node.</summary>
public sealed record ProgressFacts(
    IReadOnlyList<FacetTotal> Totals,
    IReadOnlyList<ProgressCard> Cards,
    IReadOnlyList<FacetAttempts> Attempts,
    IReadOnlyList<DateTimeOffset> ActiveTimes);
