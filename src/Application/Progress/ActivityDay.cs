namespace AdaptiveLearning.Application.Progress;

/// <summary>A heatmap cell: every day of the range appears, idle ones with zeros.</summary>
/// <param name="Date">The learner day.</param>
/// <param name="Level">0 for no answers, else 1–4: the day's answers in quarters of the busiest day in the range.</param>
public sealed record ActivityDay(DateOnly Date, int Answers, long TimeSpentMs, long Points, int Level)
{
    /// <summary>The heatmap level of a day with <paramref name="answers"/> when the busiest day of the range had <paramref name="busiest"/>.</summary>
    public static int LevelOf(int answers, int busiest) =>
        answers == 0 ? 0 : Math.Clamp((int)Math.Ceiling(4.0 * answers / busiest), 1, 4);
}
