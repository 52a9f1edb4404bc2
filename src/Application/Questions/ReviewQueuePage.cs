namespace AdaptiveLearning.Application.Questions;

/// <param name="Items">Oldest submission first.</param>
/// <param name="NextCursor">Pass as <c>cursor</c> for the next page; null on the last page.</param>
public sealed record ReviewQueuePage(IReadOnlyList<ReviewQueueItem> Items, string? NextCursor);
