namespace AdaptiveLearning.Application.Analytics.ListWeakItems;

/// <param name="Node">Questions at or below this hierarchy path.</param>
/// <param name="MinAttempts">Only questions with at least this many counted answers on their current version.</param>
/// <param name="Cursor">The nextCursor of the previous page (made with the same sort).</param>
public sealed record ListWeakItemsQuery(
    string? Node = null, WeakItemSort Sort = WeakItemSort.Flags, int? MinAttempts = null, string? Cursor = null, int? Limit = null);
