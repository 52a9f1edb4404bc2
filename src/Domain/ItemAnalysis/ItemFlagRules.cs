using System.Globalization;

namespace AdaptiveLearning.Domain.ItemAnalysis;

/// <summary>Classical item analysis: which numbers make a question worth an author's second look, and why.</summary>
public static class ItemFlagRules
{
    public static IReadOnlyList<ItemFlag> Evaluate(ItemEvidence evidence, ItemFlagThresholds limits)
    {
        var flags = new List<ItemFlag>();
        var m = evidence.Moments;
        if (m.Attempts >= limits.MinAnswers)
        {
            if (m.PointBiserial() is { } r && r < limits.LowDiscrimination)
                flags.Add(new(ItemFlagCode.LowDiscrimination,
                    $"Point-biserial discrimination {F(r)} is below {F(limits.LowDiscrimination)} ({m.AbilityAttempts} answers with a known ability): "
                    + "strong learners do not answer it better than weak ones."));
            if (m.ProportionCorrect is { } p && p > limits.TooEasy)
                flags.Add(new(ItemFlagCode.TooEasy, $"{F(p)} of {m.Attempts} answers are correct (above {F(limits.TooEasy)})."));
            if (m.ProportionCorrect is { } q && q < limits.TooHard)
                flags.Add(new(ItemFlagCode.TooHard, $"Only {F(q)} of {m.Attempts} answers are correct (below {F(limits.TooHard)})."));
            flags.AddRange(DistractorFlags(evidence, limits));
        }
        if (evidence.Cards is { } cards && cards.Studied >= limits.MinAnswers && cards.LeechRate is { } leech && leech > limits.HighLeechRate)
            flags.Add(new(ItemFlagCode.HighLeechRate,
                $"{cards.Leeches} of {cards.Studied} learners' cards became leeches ({F(leech)}, above {F(limits.HighLeechRate)})."));
        return flags;
    }

    private static IEnumerable<ItemFlag> DistractorFlags(ItemEvidence evidence, ItemFlagThresholds limits)
    {
        var distractors = evidence.Options.Where(o => !o.IsKey).ToList();
        foreach (var dead in distractors.Where(o => o.Picks == 0))
            yield return new(ItemFlagCode.DeadDistractor, $"Nobody picked option '{dead.Key}' in {evidence.Moments.Attempts} answers.", dead.Key);

        var keys = evidence.Options.Where(o => o.IsKey).ToList();
        if (keys.Count == 0 || evidence.TopGroupAnswers < limits.MinTopGroupAnswers)
            yield break;
        // Against the most-picked key, so a multi-answer question is not flagged for its least obvious correct option.
        var keyPicks = keys.Max(k => k.TopGroupPicks);
        foreach (var rival in distractors.Where(o => o.TopGroupPicks > keyPicks))
            yield return new(ItemFlagCode.KeyConfusingDistractor,
                $"The strongest learners ({evidence.TopGroupAnswers} answers) picked option '{rival.Key}' {rival.TopGroupPicks} times, "
                + $"more than the key ({keyPicks}): the key may be wrong or the option ambiguous.", rival.Key);
    }

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
