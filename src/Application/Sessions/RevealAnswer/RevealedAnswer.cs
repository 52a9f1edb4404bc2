namespace AdaptiveLearning.Application.Sessions.RevealAnswer;

/// <summary>What a learner compares their own answer with before rating themselves.</summary>
public sealed record RevealedAnswer(long QuestionId, string? ModelAnswer, string? Explanation);
