using AdaptiveLearning.Application.Questions;
using AdaptiveLearning.Domain.ItemAnalysis;

namespace AdaptiveLearning.Application.Analytics;

/// <summary>Everything stored about one question's statistics.</summary>
/// <param name="Cards">Card rates as of the question's last summary, or null before one.</param>
public sealed record QuestionStatsData(
    long QuestionId,
    int CurrentVersion,
    IrtDto Irt,
    CardRates? Cards,
    DateTimeOffset? ComputedAt,
    IReadOnlyList<VersionStatsData> Versions);
