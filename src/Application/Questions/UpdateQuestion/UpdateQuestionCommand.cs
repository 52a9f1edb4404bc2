using AdaptiveLearning.Application.Questions;

namespace AdaptiveLearning.Application.Questions.UpdateQuestion;

/// <summary>Changes content (a new version when anything really changed) or moves the question to another facet.</summary>
/// <param name="IfMatch">The client's If-Match entity tags; null when it sent none (last write wins, as before).</param>
public sealed record UpdateQuestionCommand(Guid AuthorId, long Id, string? FacetPath, QuestionInput Input, IReadOnlyList<string>? IfMatch = null);
