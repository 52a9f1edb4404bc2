namespace AdaptiveLearning.Infrastructure.MachineLearning;

/// <summary>Configuration section "Adaptive:Models".</summary>
public sealed class ModelTrainingOptions
{
    public const string Section = "Adaptive:Models";

    /// <summary>Where versioned model files live; every API instance should see the same directory.</summary>
    public string Directory { get; set; } = ".data/models";

    /// <summary>Retrain in the background once enough new attempts have been logged.</summary>
    public bool AutoRetrain { get; set; } = true;

    public int RetrainAfterAttempts { get; set; } = 5000;

    /// <summary>How often the trainer looks for new attempts and for versions other instances trained.</summary>
    public int PollSeconds { get; set; } = 60;

    /// <summary>
    /// Cores a training run may use. A retraining runs on an instance that is serving requests, and an unbounded one took
    /// both cores of the 2-core bench machine for a minute (docs/benchmarks.md); one leaves the rest to requests.
    /// </summary>
    public int TrainingThreads { get; set; } = 1;

    /// <summary>Share of learners held out to measure each model.</summary>
    public double HeldOutShare { get; set; } = 0.2;
}
