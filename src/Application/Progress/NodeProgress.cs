namespace AdaptiveLearning.Application.Progress;

/// <param name="Path">The node's hierarchy path; empty for the whole bank.</param>
/// <param name="Mature">Cards in review with an interval of at least 21 days (Anki's definition).</param>
/// <param name="Accuracy">Share of answers that were correct; null before the first answer.</param>
/// <param name="DueToday">Studied cards due before the learner's next day starts (suspended ones excluded).</param>
public sealed record NodeProgress(
    string Path,
    int TotalQuestions,
    int Seen,
    int Mature,
    int Answered,
    double? Accuracy,
    double Mastery,
    long TimeSpentMs,
    int DueToday);
