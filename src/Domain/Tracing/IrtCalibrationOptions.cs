namespace AdaptiveLearning.Domain.Tracing;

public sealed record IrtCalibrationOptions
{
    /// <summary>False fits the Rasch model (every a = 1), which is steadier when items have few responses.</summary>
    public bool EstimateDiscrimination { get; init; } = true;

    /// <summary>Fixed lower asymptote c for every item; 0 gives 2PL. Estimating c needs far more data than we have per item.</summary>
    public double Guessing { get; init; }

    public int MaximumIterations { get; init; } = 50;

    /// <summary>Stop when no parameter moves more than this between iterations.</summary>
    public double Tolerance { get; init; } = 1e-3;

    public double AbilityPriorStandardDeviation { get; init; } = 1;

    /// <summary>Normal prior on b around 0, so items answered by few learners are pulled to the middle.</summary>
    public double DifficultyPriorStandardDeviation { get; init; } = 2;

    /// <summary>Log-normal prior on a around 1.</summary>
    public double LogDiscriminationPriorStandardDeviation { get; init; } = 0.5;

    public double MinimumDiscrimination { get; init; } = 0.2;

    public double MaximumDiscrimination { get; init; } = 4;
}
