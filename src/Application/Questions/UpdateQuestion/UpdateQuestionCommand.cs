using AdaptiveLearning.Application.Questions;

namespace AdaptiveLearning.Application.Questions.UpdateQuestion;

/// <summary>Changes content (a new version when anything really changed) or moves the question to another facet.</summary>
public sealed record UpdateQuestionCommand(Guid AuthorId, long Id, string? FacetPath, QuestionInput Input);
