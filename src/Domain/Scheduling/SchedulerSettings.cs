namespace AdaptiveLearning.Domain.Scheduling;

/// <summary>A learner's scheduling preferences; the defaults are those of py-fsrs and Anki.</summary>
public sealed record SchedulerSettings
{
    public static SchedulerSettings Default { get; } = new();

    /// <summary>Probability of recall FSRS aims for when a card comes due.</summary>
    public double DesiredRetention { get; init; } = 0.9;

    public int MaximumIntervalDays { get; init; } = 36500;

    public IReadOnlyList<TimeSpan> LearningSteps { get; init; } = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)];

    public IReadOnlyList<TimeSpan> RelearningSteps { get; init; } = [TimeSpan.FromMinutes(10)];

    /// <summary>Spreads cards learnt together over neighbouring days so they do not stay in lockstep.</summary>
    public bool EnableFuzz { get; init; } = true;

    /// <summary>Lapses after which a card counts as a leech that needs rewriting rather than more reviews.</summary>
    public int LeechThreshold { get; init; } = 8;

    public FsrsParameters FsrsParameters { get; init; } = FsrsParameters.Default;

    public bool IsLeech(MemoryState state) => state.Lapses >= LeechThreshold;
}
