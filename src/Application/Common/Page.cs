namespace AdaptiveLearning.Application.Common;

/// <summary>One page of a keyset-paged list, as the query services return it; the use case encodes <see cref="Next"/> for the wire.</summary>
/// <param name="Total">Rows matching the filters on every page, when the list counts them.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, KeysetCursor? Next, int? Total = null)
{
    /// <summary>
    /// Builds a page from rows fetched with one row more than <paramref name="limit"/>: that extra row only says
    /// another page follows, and the cursor points after the last row kept.
    /// </summary>
    public static Page<T> FromRows(IReadOnlyList<T> rows, int limit, Func<T, KeysetCursor> cursorOf, int? total = null)
    {
        var items = rows.Take(limit).ToArray();
        return new Page<T>(items, rows.Count > limit && items.Length > 0 ? cursorOf(items[^1]) : null, total);
    }
}
