using System.ComponentModel;
using AdaptiveLearning.Application.Users.GetPoints;

namespace AdaptiveLearning.Api.Features.Users.GetPoints;

public sealed class GetPointsRequest
{
    public const string Route = "/users/me/points";

    /// <summary>The <c>nextCursor</c> of the previous page of ledger rows.</summary>
    public string? Cursor { get; init; }
    /// <summary>Ledger rows per page.</summary>
    [DefaultValue(GetPointsQuery.DefaultLimit)]
    public int? Limit { get; init; }
}
