using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Questions.ListQuestions;

/// <summary>A question list request as the client sent it; the handler turns it into a <see cref="QuestionSpecification"/> for the viewer.</summary>
/// <param name="TagsAny">Comma-separated tags.</param>
/// <param name="TagsAll">Comma-separated tags.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
public sealed record ListQuestionsQuery(
    ContentViewer Viewer,
    string? Node = null,
    QuestionType? Type = null,
    QuestionStatus? Status = null,
    int? DifficultyMin = null,
    int? DifficultyMax = null,
    string? TagsAny = null,
    string? TagsAll = null,
    string? Search = null,
    string? Cursor = null,
    int? Limit = null);
