namespace AdaptiveLearning.Domain.ItemAnalysis;

/// <summary>What the flag rules look at for one question version.</summary>
/// <param name="Options">Empty for a question without options (theory).</param>
/// <param name="Cards">The question's card rates (all versions), or null before any card was counted.</param>
public sealed record ItemEvidence(
    ItemMoments Moments,
    IReadOnlyList<OptionAnalysis> Options,
    long TopGroupAnswers,
    CardRates? Cards);
