namespace AdaptiveLearning.Application.Progress;

/// <summary>What the learner did in one local hour of the day over the whole period: when they study, and how well.</summary>
/// <param name="Hour">Local hour, 0–23, in the report's time zone.</param>
/// <param name="Answers">Answers given in that hour on any day of the period.</param>
/// <param name="Accuracy">Correct ÷ graded answers in that hour; null without graded answers.</param>
/// <param name="TimeSpentMs">Time spent answering in that hour.</param>
public sealed record HourActivity(int Hour, int Answers, double? Accuracy, long TimeSpentMs);
