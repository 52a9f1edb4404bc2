namespace AdaptiveLearning.Domain.Learning;

/// <param name="Correct">Null when correctness is unknown (never for a graded answer today; kept for future graders).</param>
public sealed record GradedAnswer(bool? Correct, GradingMethod Method, IReadOnlyList<string> MatchedKeywords);
