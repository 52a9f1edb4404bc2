namespace AdaptiveLearning.Application.Questions;

/// <summary>An option present in both versions whose text or explanation changed.</summary>
public sealed record QuestionOptionChange(string Key, QuestionOptionDto Old, QuestionOptionDto New);
