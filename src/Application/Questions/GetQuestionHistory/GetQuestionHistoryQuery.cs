namespace AdaptiveLearning.Application.Questions.GetQuestionHistory;

/// <param name="Cursor">The nextCursor of the previous page.</param>
public sealed record GetQuestionHistoryQuery(long Id, string? Cursor = null, int? Limit = null)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
}
