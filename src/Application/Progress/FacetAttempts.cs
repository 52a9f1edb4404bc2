namespace AdaptiveLearning.Application.Progress;

/// <summary>A learner's answers on one facet; "recent" is the last 30 days.</summary>
public sealed record FacetAttempts(string Path, int Answered, int Correct, long TimeSpentMs, int RecentAnswered, int RecentCorrect);
