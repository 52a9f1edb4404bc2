namespace AdaptiveLearning.Domain.Learning;

/// <summary>How many new cards and reviews the learner may still do today (Anki's daily limits).</summary>
public sealed record DailyAllowance(int NewCards, int Reviews)
{
    public static DailyAllowance Remaining(int newLimit, int reviewLimit, int newDoneToday, int reviewsDoneToday) =>
        new(Math.Max(0, newLimit - newDoneToday), Math.Max(0, reviewLimit - reviewsDoneToday));
}
