namespace AdaptiveLearning.Application.Sessions.EndSession;

public sealed record MockTestResult(long QuestionId, bool Answered, bool? Correct, IReadOnlyList<string> CorrectKeys, string? Explanation);
