using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Questions.ListQuestions;

/// <summary>A question list request as the client sent it; <see cref="ToSpecification"/> turns it into what the viewer may list.</summary>
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
    int? Limit = null)
{
    /// <summary>The specification this request stands for; its cache key names the page the request gets.</summary>
    /// <exception cref="ProblemException">The cursor is not one this API handed out.</exception>
    public QuestionSpecification ToSpecification() => new()
    {
        Viewer = Viewer,
        NodePath = Node,
        Type = Type,
        // Learners always list published questions; a status filter is a staff tool.
        Status = Viewer == ContentViewer.Staff ? Status : null,
        MinDifficulty = DifficultyMin,
        MaxDifficulty = DifficultyMax,
        TagsAny = Tags(TagsAny),
        TagsAll = Tags(TagsAll),
        Search = string.IsNullOrWhiteSpace(Search) ? null : Search,
        After = KeysetCursor.DecodeOrThrow(Cursor, "cursor"),
        Limit = Math.Clamp(Limit ?? QuestionSpecification.DefaultLimit, 1, QuestionSpecification.MaxLimit),
    };

    private static string[] Tags(string? csv) =>
        csv?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => t.ToLowerInvariant()).ToArray() ?? [];
}
