namespace AdaptiveLearning.Application.Progress;

/// <summary>
/// What happened in one UTC quarter hour. Every time zone's offset is a whole number of quarter hours and days start on
/// the hour, so a quarter hour lies inside exactly one learner day in any zone: the SQL groups, the use case places.
/// </summary>
/// <param name="Graded">Answers whose correctness may be shown (not self-rated without grading, not in a running mock test).</param>
public sealed record ActivitySlice(DateTimeOffset QuarterStart, int Answers, int Graded, int Correct, long TimeSpentMs, int NewCards,
    int Reviews, long Points);
