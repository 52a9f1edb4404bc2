using AdaptiveLearning.Domain.Common;

namespace AdaptiveLearning.Domain.Scheduling;

/// <summary>
/// Classic SuperMemo SM-2 (intervals 1, 6, then I·EF; EF' = EF + 0.1 − (5−q)(0.08 + (5−q)·0.02),
/// EF ≥ 1.3) wrapped in Anki-style learning and relearning steps.
/// </summary>
public sealed class Sm2Scheduler : ISpacedRepetitionScheduler
{
    public const double MinimumEaseFactor = 1.3;
    public const int FirstIntervalDays = 1;
    public const int SecondIntervalDays = 6;

    /// <summary>SM-2 assumes a card is recalled with 90% probability on its due day.</summary>
    private const double RetentionAtDue = 0.9;

    private readonly SchedulerSettings _settings;

    public Sm2Scheduler(SchedulerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
    }

    /// <summary>SM-2's quality q (0..5) for a rating: Again 2 (a failed recall), Hard 3, Good 4, Easy 5.</summary>
    public static int Quality(Rating rating) => (int)rating + 1;

    public static double NextEaseFactor(double easeFactor, Rating rating)
    {
        var miss = 5 - Quality(rating);
        return Math.Max(MinimumEaseFactor, easeFactor + 0.1 - miss * (0.08 + miss * 0.02));
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

        var after = before.State == CardState.Review
            ? ReviewInReview(before, rating, fuzzRandom)
            : ReviewInSteps(before, rating);
        var delay = TimeSpan.FromDays(after.IntervalDays);
        return after with { Reps = before.Reps + 1, Due = reviewedAt + delay, LastReview = reviewedAt };
    }

    public double Retrievability(MemoryState state, DateTimeOffset at, LearnerCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(calendar);
        if (state.LastReview is not { } last)
        {
            return 0.0;
        }

        // A card still in (re)learning steps is due within the day; treat it as a one-day interval.
        var interval = Math.Max(state.IntervalDays, FirstIntervalDays);
        return Math.Pow(RetentionAtDue, calendar.ElapsedDays(last, at) / interval);
    }

    private MemoryState ReviewInReview(MemoryState before, Rating rating, Random? fuzzRandom)
    {
        var easeFactor = NextEaseFactor(before.EaseFactor, rating);
        if (Lapse.Is(before.State, rating))
        {
            var lapsed = before with { EaseFactor = easeFactor, Lapses = before.Lapses + 1 };
            return LearningSteps.Next(_settings.RelearningSteps, 0, Rating.Again) is { } relearn
                ? lapsed with { State = CardState.Relearning, Step = relearn.Step, IntervalDays = relearn.Delay.TotalDays }
                : lapsed with { IntervalDays = FirstIntervalDays };
        }

        // The repetition number is implied by the interval: one day is the first repetition
        // after (re)learning, so the next is six days; after that the interval grows by EF.
        // The interval uses the ease factor from before this review, as in the original SM-2.
        var interval = before.IntervalDays <= FirstIntervalDays
            ? SecondIntervalDays
            : Math.Round(before.IntervalDays * before.EaseFactor, MidpointRounding.AwayFromZero);
        var days = (int)Math.Min(interval, _settings.MaximumIntervalDays);
        if (_settings.EnableFuzz)
        {
            days = IntervalFuzz.Apply(days, _settings.MaximumIntervalDays, fuzzRandom ?? Random.Shared);
        }

        return before with { EaseFactor = easeFactor, IntervalDays = days };
    }

    private MemoryState ReviewInSteps(MemoryState before, Rating rating)
    {
        var steps = before.State == CardState.Relearning ? _settings.RelearningSteps : _settings.LearningSteps;
        var stepState = before.State == CardState.Relearning ? CardState.Relearning : CardState.Learning;
        return LearningSteps.Next(steps, before.Step ?? 0, rating) is { } next
            ? before with { State = stepState, Step = next.Step, IntervalDays = next.Delay.TotalDays }
            : before with { State = CardState.Review, Step = null, IntervalDays = FirstIntervalDays };
    }
}
