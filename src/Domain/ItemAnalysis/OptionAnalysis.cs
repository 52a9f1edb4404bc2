using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Domain.ItemAnalysis;

/// <param name="TopGroupPicks">Picks by learners in the top ability group (<see cref="AbilityBands.TopGroup"/>).</param>
public sealed record OptionAnalysis(string Key, bool IsKey, long Picks, long TopGroupPicks)
{
    /// <summary>Every option of the version, in its order, with its picks (zero for one nobody picked).</summary>
    public static IReadOnlyList<OptionAnalysis> For(QuestionContent content, IReadOnlyCollection<OptionBandPicks> picks, IReadOnlySet<int> topGroup) =>
        content.Options.Select(o => new OptionAnalysis(
            o.Key,
            content.CorrectKeys.Contains(o.Key),
            picks.Where(p => p.Key == o.Key).Sum(p => p.Picks),
            picks.Where(p => p.Key == o.Key && topGroup.Contains(p.Band)).Sum(p => p.Picks))).ToList();
}
