namespace AdaptiveLearning.Application.Progress.GetActivity;

/// <summary>A heatmap cell: every day of the range appears, idle ones with zeros.</summary>
/// <param name="Date">The learner day.</param>
/// <param name="Level">0 for no answers, else 1–4: the day's answers in quarters of the busiest day in the range.</param>
public sealed record ActivityDay(DateOnly Date, int Answers, long TimeSpentMs, long Points, int Level);
