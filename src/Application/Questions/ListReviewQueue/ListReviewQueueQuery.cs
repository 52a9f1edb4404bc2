namespace AdaptiveLearning.Application.Questions.ListReviewQueue;

/// <param name="Node">Questions at or below this hierarchy path.</param>
/// <param name="Author">Questions this user created.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
public sealed record ListReviewQueueQuery(string? Node = null, Guid? Author = null, string? Cursor = null, int? Limit = null);
