using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Analytics.ListWeakItems;

internal sealed class ListWeakItemsHandler(IItemStatsQueries stats) : IHandler<ListWeakItemsQuery, WeakItemsPage>
{
    public async Task<WeakItemsPage> HandleAsync(ListWeakItemsQuery request, CancellationToken ct)
    {
        var after = KeysetCursor.DecodeOrThrow(request.Cursor, "cursor");
        // Every cursor this list makes carries the score it pages by.
        if (after is not null && (after.Score is not { } score || !double.IsFinite(score)))
            throw ProblemException.Field("cursor", "Not a cursor returned by this list.");
        var spec = new WeakItemsSpecification(request.Node, request.Sort, Math.Max(0, request.MinAttempts ?? 0), after,
            Math.Clamp(request.Limit ?? WeakItemsSpecification.DefaultLimit, 1, WeakItemsSpecification.MaxLimit));
        var page = await stats.ListWeakAsync(spec, ct);
        return new WeakItemsPage(page.Items, page.Next?.Encode(), await stats.ComputedAtAsync(ct));
    }
}
