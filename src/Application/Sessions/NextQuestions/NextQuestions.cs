namespace AdaptiveLearning.Application.Sessions.NextQuestions;

public sealed record NextQuestions(IReadOnlyList<NextQuestion> Items);
