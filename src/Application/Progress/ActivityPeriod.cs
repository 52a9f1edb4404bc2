namespace AdaptiveLearning.Application.Progress;

/// <summary>One bucket of the report.</summary>
/// <param name="Start">First learner day of the bucket inside the range.</param>
/// <param name="End">Last learner day of the bucket inside the range.</param>
/// <param name="Answers">Answers recorded (undone ones do not count).</param>
/// <param name="Correct">Of which correct.</param>
/// <param name="Accuracy">Correct ÷ answers graded; null without graded answers.</param>
/// <param name="TimeSpentMs">Time spent answering, as clients reported it.</param>
/// <param name="NewCards">New cards studied for the first time.</param>
/// <param name="Reviews">Answers to cards in long-term review.</param>
/// <param name="Points">Points earned, net of undo.</param>
/// <param name="ActiveDays">Days with at least one answer.</param>
public sealed record ActivityPeriod(DateOnly Start, DateOnly End, int Answers, int Correct, double? Accuracy, long TimeSpentMs, int NewCards,
    int Reviews, long Points, int ActiveDays);
