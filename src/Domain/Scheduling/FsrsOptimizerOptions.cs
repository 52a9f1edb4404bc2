namespace AdaptiveLearning.Domain.Scheduling;

public sealed record FsrsOptimizerOptions
{
    public static FsrsOptimizerOptions Default { get; } = new();

    /// <summary>Below this many long-term reviews the defaults beat anything fitted, so they are kept.</summary>
    public int MinimumReviews { get; init; } = 64;

    /// <summary>Below this many, only the first-review stabilities w0..w3 are fitted.</summary>
    public int MinimumReviewsForAllParameters { get; init; } = 512;

    public int Epochs { get; init; } = 5;

    /// <summary>Long-term reviews per mini-batch (cards are never split across batches).</summary>
    public int BatchSize { get; init; } = 512;

    public double LearningRate { get; init; } = 0.04;

    /// <summary>Weight of the pull toward the defaults, in units of one review's log loss.</summary>
    public double Regularisation { get; init; } = 1.0;

    public int Seed { get; init; } = 42;
}
