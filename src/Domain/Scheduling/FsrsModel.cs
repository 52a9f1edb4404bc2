using AdaptiveLearning.Domain.Common;

namespace AdaptiveLearning.Domain.Scheduling;

/// <summary>
/// The FSRS-6 memory model: how stability and difficulty change with each rating and how recall
/// decays with time. Shared by the scheduler, the optimiser and the workload simulator so they
/// cannot drift apart.
/// </summary>
public sealed class FsrsModel
{
    public const double MinimumDifficulty = 1.0;
    public const double MaximumDifficulty = 10.0;

    private readonly double[] _w;
    private readonly double _decay;
    private readonly double _factor;

    public FsrsModel(FsrsParameters parameters)
        : this(parameters.ToArray())
    {
    }

    /// <summary>Unchecked weights, for the optimiser's inner loop which keeps them inside the bounds itself.</summary>
    internal FsrsModel(double[] weights)
    {
        _w = weights;
        _decay = weights[20];
        // Chosen so that R = 0.9 when the elapsed time equals the stability, whatever the decay.
        _factor = Math.Pow(0.9, -1.0 / _decay) - 1.0;
    }

    public double Retrievability(double elapsedDays, double stability) =>
        Math.Pow(1.0 + _factor * elapsedDays / stability, -_decay);

    /// <summary>Days until retrievability falls to <paramref name="desiredRetention"/>, before rounding.</summary>
    public double IntervalDays(double stability, double desiredRetention) =>
        stability / _factor * (Math.Pow(desiredRetention, -1.0 / _decay) - 1.0);

    public double InitialStability(Rating rating) => ClampStability(_w[(int)rating - 1]);

    public double InitialDifficulty(Rating rating) => ClampDifficulty(UnclampedInitialDifficulty(rating));

    public double NextDifficulty(double difficulty, Rating rating)
    {
        var delta = -_w[6] * ((int)rating - 3);
        // Linear damping: the closer to the ceiling, the smaller a step up.
        var damped = difficulty + (MaximumDifficulty - difficulty) * delta / 9.0;
        // Mean reversion toward the difficulty of a card first answered Easy.
        var reverted = _w[7] * UnclampedInitialDifficulty(Rating.Easy) + (1 - _w[7]) * damped;
        return ClampDifficulty(reverted);
    }

    /// <summary>Stability after a review on the same day as the previous one (FSRS-6, w17..w19).</summary>
    public double ShortTermStability(double stability, Rating rating)
    {
        var increase = Math.Exp(_w[17] * ((int)rating - 3 + _w[18])) * Math.Pow(stability, -_w[19]);
        if (rating >= Rating.Good)
        {
            increase = Math.Max(increase, 1.0);
        }

        return ClampStability(stability * increase);
    }

    public double NextStability(double difficulty, double stability, double retrievability, Rating rating)
    {
        var next = rating == Rating.Again
            ? ForgetStability(difficulty, stability, retrievability)
            : RecallStability(difficulty, stability, retrievability, rating);
        return ClampStability(next);
    }

    /// <summary>
    /// Memory after one review, whatever the card's scheduling state: the first review sets the
    /// initial values, a same-day review uses short-term stability, a later one the forgetting curve.
    /// </summary>
    public (double Stability, double Difficulty) NextMemory(double? stability, double? difficulty, int elapsedDays, Rating rating)
    {
        if (stability is not { } s || difficulty is not { } d)
        {
            return (InitialStability(rating), InitialDifficulty(rating));
        }

        var nextStability = elapsedDays < 1
            ? ShortTermStability(s, rating)
            : NextStability(d, s, Retrievability(elapsedDays, s), rating);
        return (nextStability, NextDifficulty(d, rating));
    }

    private double RecallStability(double difficulty, double stability, double retrievability, Rating rating)
    {
        var hardPenalty = rating == Rating.Hard ? _w[15] : 1.0;
        var easyBonus = rating == Rating.Easy ? _w[16] : 1.0;
        return stability * (1 + Math.Exp(_w[8]) * (11 - difficulty) * Math.Pow(stability, -_w[9])
            * (Math.Exp((1 - retrievability) * _w[10]) - 1) * hardPenalty * easyBonus);
    }

    private double ForgetStability(double difficulty, double stability, double retrievability)
    {
        var longTerm = _w[11] * Math.Pow(difficulty, -_w[12]) * (Math.Pow(stability + 1, _w[13]) - 1)
            * Math.Exp((1 - retrievability) * _w[14]);
        // A lapse can never leave the card more stable than a same-day Again would.
        var shortTerm = stability / Math.Exp(_w[17] * _w[18]);
        return Math.Min(longTerm, shortTerm);
    }

    private double UnclampedInitialDifficulty(Rating rating) => _w[4] - Math.Exp(_w[5] * ((int)rating - 1)) + 1;

    private static double ClampStability(double stability) => Math.Max(stability, FsrsParameterBounds.MinimumStability);

    private static double ClampDifficulty(double difficulty) => Math.Clamp(difficulty, MinimumDifficulty, MaximumDifficulty);
}
