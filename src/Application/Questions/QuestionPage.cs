namespace AdaptiveLearning.Application.Questions;

public sealed record QuestionPage(IReadOnlyList<QuestionDto> Items, string? NextCursor, int Total);
