namespace AdaptiveLearning.Domain.ItemAnalysis;

/// <summary>
/// Learners' rest-score (a proportion in [0, 1]) in five equal bands, so option picks can be read per ability group
/// without storing each answer. The top group is found from the bands at read time.
/// </summary>
public static class AbilityBands
{
    public const int Count = 5;

    /// <summary>The band of an answer whose learner had no ability estimate yet.</summary>
    public const int Unknown = -1;

    /// <summary>Kelley's classic share for the upper group in item analysis.</summary>
    public const double TopGroupShare = 0.27;

    public static int Of(double? ability) => ability is { } a ? Math.Clamp((int)Math.Floor(a * Count), 0, Count - 1) : Unknown;

    /// <summary>
    /// The strongest learners: bands taken from the top down until they hold at least <see cref="TopGroupShare"/> of the
    /// answers with a known ability (whole bands, so ties are never split).
    /// </summary>
    public static IReadOnlySet<int> TopGroup(IEnumerable<BandAnswers> bands)
    {
        var known = bands.Where(b => b.Band != Unknown && b.Answers > 0).OrderByDescending(b => b.Band).ToList();
        var total = known.Sum(b => b.Answers);
        var top = new HashSet<int>();
        long taken = 0;
        foreach (var band in known)
        {
            if (total == 0 || taken >= TopGroupShare * total)
                break;
            top.Add(band.Band);
            taken += band.Answers;
        }
        return top;
    }
}
