namespace AdaptiveLearning.Infrastructure.MachineLearning;

public sealed record CorrectnessTrainingOptions
{
    public CorrectnessTrainerKind Trainer { get; init; } = CorrectnessTrainerKind.LbfgsLogisticRegression;

    /// <summary>L2 penalty; with thousands of one-hot item slots, most seen a few times, it is what keeps item weights sane.</summary>
    public float L2Regularization { get; init; } = 3f;

    public int MaximumIterations { get; init; } = 200;

    /// <summary>Indicators of the last answers on the skill and overall, beyond Best-LR's counts.</summary>
    public bool RecentOutcomes { get; init; } = true;

    /// <summary>Per-item weights for attempts and successes on the item itself (Best-LR's item counts); many slots.</summary>
    public bool ItemSpecificCounts { get; init; }

    /// <summary>Adds the IRT prediction from the learner's ability so far; items are calibrated on the training log.</summary>
    public bool IrtFeatures { get; init; } = true;

    /// <summary>Counts on every other skill the learner practised, one weight per skill (transfer between skills).</summary>
    public bool SkillTransfer { get; init; }

    /// <summary>
    /// Where the learner stands now rather than on average (needs IRT features): recency-weighted residuals of their
    /// answers against the IRT prediction (overall and on the skill), the IRT prediction from their answers on the
    /// skill alone, and the current unbroken run of answers on the skill (length, right answers, streak).
    /// </summary>
    public bool AbilityDrift { get; init; } = true;

    /// <summary>
    /// Training rows get IRT features from items calibrated without their own learner (cross-fitting),
    /// otherwise an item seen by few learners would leak its own answers into the feature.
    /// </summary>
    public int IrtCrossFitFolds { get; init; } = 3;

    /// <summary>Null lets ML.NET use every core.</summary>
    public int? Threads { get; init; }

    public int Seed { get; init; } = 17;
}
