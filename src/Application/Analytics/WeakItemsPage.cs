namespace AdaptiveLearning.Application.Analytics;

/// <param name="NextCursor">Pass as <c>cursor</c> for the next page; null on the last page.</param>
/// <param name="ComputedAt">When the statistics job last finished (null: it never ran); answers since then are not in these numbers.</param>
public sealed record WeakItemsPage(IReadOnlyList<WeakItem> Items, string? NextCursor, DateTimeOffset? ComputedAt);
