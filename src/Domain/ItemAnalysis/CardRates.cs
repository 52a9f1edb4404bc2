namespace AdaptiveLearning.Domain.ItemAnalysis;

/// <summary>What learners' cards say about a question (every version: a card outlives an edit).</summary>
/// <param name="Studied">Cards reviewed at least once.</param>
/// <param name="Reviews">Reviews over all cards (the cards' reps).</param>
public sealed record CardRates(long Studied, long Reviews, long Lapses, long Leeches)
{
    /// <summary>Lapses (a review card forgotten) per review.</summary>
    public double? LapseRate => Reviews == 0 ? null : (double)Lapses / Reviews;

    /// <summary>Share of studied cards that became leeches.</summary>
    public double? LeechRate => Studied == 0 ? null : (double)Leeches / Studied;
}
