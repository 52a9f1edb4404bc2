namespace AdaptiveLearning.Domain.Scheduling;

/// <summary>
/// Everything persisted per learner card. Both schedulers read and write the same record so a
/// learner can switch algorithm without losing history; each ignores the fields it does not use
/// (SM-2 keeps Stability/Difficulty as they were, FSRS keeps EaseFactor).
/// </summary>
/// <param name="Step">Index into the (re)learning steps while in Learning or Relearning, otherwise null.</param>
/// <param name="IntervalDays">Time from the last review to Due, in days (fractional for learning steps).</param>
/// <param name="Reps">Number of reviews ever made.</param>
/// <param name="Lapses">Number of times the card was forgotten while in Review.</param>
public sealed record MemoryState(
    CardState State,
    int? Step,
    double? Stability,
    double? Difficulty,
    double EaseFactor,
    double IntervalDays,
    int Reps,
    int Lapses,
    DateTimeOffset? Due,
    DateTimeOffset? LastReview)
{
    public const double InitialEaseFactor = 2.5;

    public static MemoryState New { get; } = new(
        CardState.New,
        Step: null,
        Stability: null,
        Difficulty: null,
        EaseFactor: InitialEaseFactor,
        IntervalDays: 0,
        Reps: 0,
        Lapses: 0,
        Due: null,
        LastReview: null);
}
