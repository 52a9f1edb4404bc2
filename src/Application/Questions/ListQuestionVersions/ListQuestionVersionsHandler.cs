using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Questions.ListQuestionVersions;

internal sealed class ListQuestionVersionsHandler(IQuestionVersionQueries versions, QuestionVersionLookup lookup)
    : IHandler<ListQuestionVersionsQuery, QuestionVersionPage>
{
    public async Task<QuestionVersionPage> HandleAsync(ListQuestionVersionsQuery request, CancellationToken ct)
    {
        var after = KeysetCursor.DecodeOrThrow(request.Cursor, "cursor");
        await lookup.EnsureQuestionAsync(request.Id, ct);
        var limit = Math.Clamp(request.Limit ?? ListQuestionVersionsQuery.DefaultLimit, 1, ListQuestionVersionsQuery.MaxLimit);
        var before = after is null ? (int?)null : (int)Math.Clamp(after.Id, 0, int.MaxValue);
        // One row past the page: it says another page follows and is the version the page's oldest is diffed against.
        var rows = await versions.ListAsync(request.Id, before, limit + 1, ct);
        var items = rows.Take(limit)
            .Select((row, i) => Summarise(row, i + 1 < rows.Count ? rows[i + 1] : null))
            .ToArray();
        var next = rows.Count > limit ? new KeysetCursor(items[^1].Version).Encode() : null;
        return new QuestionVersionPage(items, next);
    }

    private static QuestionVersionSummary Summarise(QuestionVersionRecord version, QuestionVersionRecord? previous)
    {
        var diff = QuestionContentDiffer.Compare(previous?.Content, version.Content);
        var summary = previous is null ? "created" : diff.Summary();
        if (version.RestoredFrom is { } source)
            summary = $"restored version {source}: {summary}";
        return new QuestionVersionSummary(version.Version, version.Status, version.CreatedBy, version.CreatedAt, version.RestoredFrom,
            diff.ChangedFields, summary);
    }
}
