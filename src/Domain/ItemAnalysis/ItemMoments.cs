namespace AdaptiveLearning.Domain.ItemAnalysis;

/// <summary>
/// Running sums for one question version, kept so that an answer can be added or taken back exactly: counts, and the
/// ability moments of the answers whose learner had an ability estimate when answering.
/// </summary>
public sealed record ItemMoments(
    long Attempts,
    long Correct,
    long AbilityAttempts,
    long AbilityCorrect,
    double AbilitySum,
    double AbilitySumOfSquares,
    double AbilityCorrectSum)
{
    public static readonly ItemMoments Empty = new(0, 0, 0, 0, 0, 0, 0);

    public double? ProportionCorrect => Attempts == 0 ? null : (double)Correct / Attempts;

    public ItemMoments Plus(ItemMoments other) => new(
        Attempts + other.Attempts, Correct + other.Correct, AbilityAttempts + other.AbilityAttempts, AbilityCorrect + other.AbilityCorrect,
        AbilitySum + other.AbilitySum, AbilitySumOfSquares + other.AbilitySumOfSquares, AbilityCorrectSum + other.AbilityCorrectSum);

    /// <summary>
    /// Point-biserial correlation between answering correctly and the learner's ability:
    /// (M₁ − M₀) / s · √(p·q) over the answers with an ability; null while it is undefined (fewer than two such answers,
    /// all right or all wrong, or every learner of the same ability).
    /// </summary>
    public double? PointBiserial()
    {
        long n = AbilityAttempts, n1 = AbilityCorrect, n0 = n - n1;
        if (n < 2 || n1 == 0 || n0 == 0)
            return null;
        var mean = AbilitySum / n;
        var variance = AbilitySumOfSquares / n - mean * mean;
        // Sums that were added and taken back leave rounding dust, not a real spread.
        if (variance <= 1e-12)
            return null;
        var m1 = AbilityCorrectSum / n1;
        var m0 = (AbilitySum - AbilityCorrectSum) / n0;
        var p = (double)n1 / n;
        return Math.Clamp((m1 - m0) / Math.Sqrt(variance) * Math.Sqrt(p * (1 - p)), -1, 1);
    }
}
