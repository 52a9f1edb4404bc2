namespace AdaptiveLearning.Application.Analytics;

/// <summary>What one run of the item statistics job did.</summary>
/// <param name="AttemptsAdded">Answers newly counted.</param>
/// <param name="AttemptsRemoved">Counted answers taken back because the learner undid them.</param>
/// <param name="QuestionsSummarised">Questions whose numbers and flags were recomputed.</param>
/// <param name="ComputedAt">When the run finished: statistics include every answer recorded some seconds before this.</param>
public sealed record ItemStatsRun(long AttemptsAdded, long AttemptsRemoved, long QuestionsSummarised, DateTimeOffset ComputedAt);
