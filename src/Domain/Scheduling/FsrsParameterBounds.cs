namespace AdaptiveLearning.Domain.Scheduling;

/// <summary>Admissible range of each FSRS-6 weight, as enforced by py-fsrs and clamped by the fsrs-rs optimiser.</summary>
public static class FsrsParameterBounds
{
    public const double MinimumStability = 0.001;
    public const double MaximumInitialStability = 100.0;

    public static IReadOnlyList<double> Lower { get; } =
    [
        MinimumStability, MinimumStability, MinimumStability, MinimumStability,
        1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001, 0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1,
    ];

    public static IReadOnlyList<double> Upper { get; } =
    [
        MaximumInitialStability, MaximumInitialStability, MaximumInitialStability, MaximumInitialStability,
        10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5, 5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8,
    ];
}
