using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Imports.ListImports;

internal sealed class ListImportsHandler(IImportJobStore jobs) : IHandler<ListImportsQuery, ImportJobPage>
{
    public async Task<ImportJobPage> HandleAsync(ListImportsQuery query, CancellationToken ct)
    {
        var after = KeysetCursor.DecodeOrThrow(query.Cursor, "cursor");
        if (query.From is { } from && query.To is { } to && to <= from)
            throw ProblemException.Field("to", "Must be later than from.");
        var filter = new ImportJobFilter(query.VisibleTo ?? query.Author, query.State, query.From, query.To, after,
            Math.Clamp(query.Limit ?? ImportJobFilter.DefaultLimit, 1, ImportJobFilter.MaxLimit));
        var page = await jobs.ListAsync(filter, ct);
        return new ImportJobPage(page.Items, page.Next?.Encode());
    }
}
