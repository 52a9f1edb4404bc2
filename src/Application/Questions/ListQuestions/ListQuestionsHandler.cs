using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Questions.ListQuestions;

internal sealed class ListQuestionsHandler(IQuestionQueries queries) : IHandler<ListQuestionsQuery, QuestionPage>
{
    public async Task<QuestionPage> HandleAsync(ListQuestionsQuery request, CancellationToken ct)
    {
        var page = await queries.ListAsync(Specification(request), ct);
        return new QuestionPage(page.Items, page.Next?.Encode(), page.Total ?? page.Items.Count);
    }

    private static QuestionSpecification Specification(ListQuestionsQuery request) => new()
    {
        Viewer = request.Viewer,
        NodePath = request.Node,
        Type = request.Type,
        // Learners always list published questions; a status filter is a staff tool.
        Status = request.Viewer == ContentViewer.Staff ? request.Status : null,
        MinDifficulty = request.DifficultyMin,
        MaxDifficulty = request.DifficultyMax,
        TagsAny = Tags(request.TagsAny),
        TagsAll = Tags(request.TagsAll),
        Search = string.IsNullOrWhiteSpace(request.Search) ? null : request.Search,
        After = KeysetCursor.DecodeOrThrow(request.Cursor, "cursor"),
        Limit = Math.Clamp(request.Limit ?? QuestionSpecification.DefaultLimit, 1, QuestionSpecification.MaxLimit),
    };

    private static string[] Tags(string? csv) =>
        csv?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => t.ToLowerInvariant()).ToArray() ?? [];
}
