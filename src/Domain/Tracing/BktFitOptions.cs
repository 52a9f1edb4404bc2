namespace AdaptiveLearning.Domain.Tracing;

public sealed record BktFitOptions
{
    /// <summary>Skills with fewer responses keep <see cref="Defaults"/>: EM on a handful of answers overfits.</summary>
    public int MinimumResponses { get; init; } = 20;

    /// <summary>Caps keep EM out of the degenerate solutions where "knowing" predicts wrong answers.</summary>
    public double MaximumGuess { get; init; } = 0.3;

    public double MaximumSlip { get; init; } = 0.3;

    public bool FitForgetting { get; init; }

    public int MaximumIterations { get; init; } = 100;

    /// <summary>EM stops when the log-likelihood per response improves by less than this.</summary>
    public double Tolerance { get; init; } = 1e-6;

    public BktParameters Defaults { get; init; } = BktParameters.Default;
}
