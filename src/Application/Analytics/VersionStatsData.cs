using AdaptiveLearning.Domain.Content;
using AdaptiveLearning.Domain.ItemAnalysis;

namespace AdaptiveLearning.Application.Analytics;

/// <summary>The stored sums of one question version, and the version's content (for its key, options and time estimate).</summary>
public sealed record VersionStatsData(
    int Version,
    QuestionContent? Content,
    ItemMoments Moments,
    IReadOnlyList<BandAnswers> Bands,
    IReadOnlyList<OptionBandPicks> Picks,
    IReadOnlyList<TimeBucketCount> Times);
