namespace AdaptiveLearning.Application.Questions.ListQuestionVersions;

/// <param name="Cursor">The nextCursor of the previous page.</param>
public sealed record ListQuestionVersionsQuery(long Id, string? Cursor = null, int? Limit = null)
{
    public const int DefaultLimit = 20;
    // Each row carries a version's whole content (diffed for its summary), so pages stay smaller than the history's.
    public const int MaxLimit = 100;
}
