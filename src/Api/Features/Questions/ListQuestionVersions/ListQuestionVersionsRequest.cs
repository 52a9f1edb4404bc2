using System.ComponentModel;
using AdaptiveLearning.Application.Questions.ListQuestionVersions;

namespace AdaptiveLearning.Api.Features.Questions.ListQuestionVersions;

public sealed class ListQuestionVersionsRequest
{
    public const string Route = "/questions/{id}/versions";

    public long Id { get; init; }
    /// <summary>The <c>nextCursor</c> of the previous page.</summary>
    public string? Cursor { get; init; }
    /// <summary>Page size.</summary>
    [DefaultValue(ListQuestionVersionsQuery.DefaultLimit)]
    public int? Limit { get; init; }

    public static string For(long id) => Route.Replace("{id}", id.ToString());
}
