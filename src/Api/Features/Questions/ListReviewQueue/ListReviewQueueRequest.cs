using System.ComponentModel;
using AdaptiveLearning.Application.Questions;

namespace AdaptiveLearning.Api.Features.Questions.ListReviewQueue;

public sealed class ListReviewQueueRequest
{
    public const string Route = "/review-queue";

    /// <summary>A hierarchy path: questions at or below it.</summary>
    public string? Node { get; init; }
    /// <summary>Only questions this user created.</summary>
    public Guid? Author { get; init; }
    /// <summary>The <c>nextCursor</c> of the previous page.</summary>
    public string? Cursor { get; init; }
    /// <summary>Page size.</summary>
    [DefaultValue(ReviewQueueSpecification.DefaultLimit)]
    public int? Limit { get; init; }
}
