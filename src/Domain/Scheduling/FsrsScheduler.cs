using AdaptiveLearning.Domain.Common;

namespace AdaptiveLearning.Domain.Scheduling;

/// <summary>FSRS-6 with learning steps, behaving as py-fsrs 6.x with days counted on the learner's calendar.</summary>
public sealed class FsrsScheduler : ISpacedRepetitionScheduler
{
    private readonly SchedulerSettings _settings;
    private readonly FsrsModel _model;

    public FsrsScheduler(SchedulerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _model = new FsrsModel(settings.FsrsParameters);
    }

    public MemoryState Review(
        MemoryState before,
        Rating rating,
        DateTimeOffset reviewedAt,
        LearnerCalendar calendar,
        Random? fuzzRandom = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(calendar);

        var elapsedDays = before.LastReview is { } last ? calendar.ElapsedDays(last, reviewedAt) : 0;
        var (stability, difficulty) = _model.NextMemory(before.Stability, before.Difficulty, elapsedDays, rating);

        var (state, step, delay) = NextSchedule(before, rating, stability, fuzzRandom);
        var isLapse = Lapse.Is(before.State, rating);

        return before with
        {
            State = state,
            Step = step,
            Stability = stability,
            Difficulty = difficulty,
            IntervalDays = delay.TotalDays,
            Reps = before.Reps + 1,
            Lapses = before.Lapses + (isLapse ? 1 : 0),
            Due = reviewedAt + delay,
            LastReview = reviewedAt,
        };
    }

    public double Retrievability(MemoryState state, DateTimeOffset at, LearnerCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(calendar);
        if (state.LastReview is not { } last || state.Stability is not { } stability)
        {
            return 0.0;
        }

        return _model.Retrievability(calendar.ElapsedDays(last, at), stability);
    }

    private (CardState State, int? Step, TimeSpan Delay) NextSchedule(
        MemoryState before, Rating rating, double stability, Random? fuzzRandom)
    {
        var (stepState, steps, step) = before.State switch
        {
            CardState.New or CardState.Learning => (CardState.Learning, _settings.LearningSteps, before.Step ?? 0),
            CardState.Relearning => (CardState.Relearning, _settings.RelearningSteps, before.Step ?? 0),
            _ => (CardState.Relearning, _settings.RelearningSteps, 0),
        };

        // In Review only a lapse enters steps; any other rating stays in Review.
        var stepOutcome = before.State == CardState.Review && !Lapse.Is(before.State, rating)
            ? null
            : LearningSteps.Next(steps, step, rating);

        return stepOutcome is { } next
            ? (stepState, next.Step, next.Delay)
            : (CardState.Review, null, TimeSpan.FromDays(ReviewIntervalDays(stability, fuzzRandom)));
    }

    private int ReviewIntervalDays(double stability, Random? fuzzRandom)
    {
        var exact = _model.IntervalDays(stability, _settings.DesiredRetention);
        // Python's round() is round-half-to-even; matching it keeps intervals identical to py-fsrs.
        var days = (int)Math.Clamp(Math.Round(exact, MidpointRounding.ToEven), 1, _settings.MaximumIntervalDays);
        return _settings.EnableFuzz
            ? IntervalFuzz.Apply(days, _settings.MaximumIntervalDays, fuzzRandom ?? Random.Shared)
            : days;
    }
}
