namespace AdaptiveLearning.Application.Users.GetPoints;

/// <param name="Cursor">The nextCursor of the previous ledger page.</param>
public sealed record GetPointsQuery(Guid UserId, string? Cursor = null, int? Limit = null)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
}
