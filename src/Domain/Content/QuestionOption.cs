namespace AdaptiveLearning.Domain.Content;

public sealed record QuestionOption(string Key, string Text, string? Explanation = null);
