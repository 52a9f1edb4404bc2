using System.ComponentModel;
using AdaptiveLearning.Application.Questions.GetQuestionHistory;

namespace AdaptiveLearning.Api.Features.Questions.GetQuestionHistory;

public sealed class GetQuestionHistoryRequest
{
    public const string Route = "/questions/{id}/history";

    public long Id { get; init; }
    /// <summary>The <c>nextCursor</c> of the previous page.</summary>
    public string? Cursor { get; init; }
    /// <summary>Page size.</summary>
    [DefaultValue(GetQuestionHistoryQuery.DefaultLimit)]
    public int? Limit { get; init; }

    public static string For(long id) => Route.Replace("{id}", id.ToString());
}
