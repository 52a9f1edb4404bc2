using AdaptiveLearning.Domain.ItemAnalysis;

namespace AdaptiveLearning.Application.Analytics;

/// <summary>Turns a version's stored sums into what the flag rules read; the statistics route and the job share it.</summary>
public static class ItemEvidenceBuilder
{
    public static ItemEvidence Build(VersionStatsData version, CardRates? cards)
    {
        var top = AbilityBands.TopGroup(version.Bands);
        var options = version.Content is { IsMultipleChoice: true } content
            ? OptionAnalysis.For(content, version.Picks, top)
            : [];
        var topAnswers = version.Bands.Where(b => top.Contains(b.Band)).Sum(b => b.Answers);
        return new ItemEvidence(version.Moments, options, topAnswers, cards);
    }
}
