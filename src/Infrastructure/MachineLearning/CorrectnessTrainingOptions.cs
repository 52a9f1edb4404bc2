namespace AdaptiveLearning.Infrastructure.MachineLearning;

public sealed record CorrectnessTrainingOptions
{
    public CorrectnessTrainerKind Trainer { get; init; } = CorrectnessTrainerKind.LbfgsLogisticRegression;

    /// <summary>L2 penalty; with thousands of one-hot item slots, most seen a few times, it is what keeps item weights sane.</summary>
    public float L2Regularization { get; init; } = 1f;

    public int MaximumIterations { get; init; } = 200;

    /// <summary>Null lets ML.NET use every core.</summary>
    public int? Threads { get; init; }

    public int Seed { get; init; } = 17;
}
