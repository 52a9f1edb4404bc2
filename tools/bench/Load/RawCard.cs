namespace AdaptiveLearning.Bench.Load;

/// <summary>The card columns the raw answer transaction reads and writes, with a plain SM-2-like step.</summary>
internal sealed record RawCard
{
    public long Id { get; init; }
    public int State { get; init; }
    public int Reps { get; init; }
    public int Lapses { get; init; }
    public double EaseFactor { get; init; }
    public double IntervalDays { get; init; }

    public RawCard Answered(bool correct, DateTime now) => correct
        ? this with { State = 2, Reps = Reps + 1, EaseFactor = EaseFactor + 0.1, IntervalDays = Math.Max(1, IntervalDays * EaseFactor) }
        : this with { State = 3, Reps = Reps + 1, Lapses = Lapses + 1, EaseFactor = Math.Max(1.3, EaseFactor - 0.2), IntervalDays = 0 };

    /// <summary>About the size of the API's card snapshot JSON.</summary>
    public object Snapshot(DateTime now) => new
    {
        memory = new
        {
            state = State, step = (int?)null, stability = IntervalDays + 0.5, difficulty = 5.0, easeFactor = EaseFactor,
            intervalDays = IntervalDays, reps = Reps, lapses = Lapses, due = now.AddDays(IntervalDays), lastReview = now,
        },
        suspended = false, buriedUntil = (DateTime?)null, leech = false,
    };
}
