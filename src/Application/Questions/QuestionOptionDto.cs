namespace AdaptiveLearning.Application.Questions;

public sealed record QuestionOptionDto(string Key, string Text, string? Explanation = null);
