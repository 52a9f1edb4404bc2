using System.ComponentModel;
using AdaptiveLearning.Api.OpenApi;
using AdaptiveLearning.Application.Questions;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Api.Features.Questions.ListQuestions;

public sealed class ListQuestionsRequest
{
    public const string Route = "/questions";

    /// <summary>Any hierarchy path; questions of its descendants are included.</summary>
    public string? Node { get; init; }
    /// <summary>mcq, theory or scenario.</summary>
    [WireEnum(typeof(QuestionType))]
    public string? Type { get; init; }
    /// <summary>Authors and admins: draft, in_review, published or archived. Learners always get published.</summary>
    [WireEnum(typeof(QuestionStatus))]
    public string? Status { get; init; }
    public int? DifficultyMin { get; init; }
    public int? DifficultyMax { get; init; }
    /// <summary>Comma-separated: questions with any of these tags.</summary>
    public string? TagsAny { get; init; }
    /// <summary>Comma-separated: questions with all of these tags.</summary>
    public string? TagsAll { get; init; }
    /// <summary>Full-text search over question text and options; results then come by relevance.</summary>
    public string? Q { get; init; }
    /// <summary>The <c>nextCursor</c> of the previous page.</summary>
    public string? Cursor { get; init; }
    /// <summary>Page size.</summary>
    [DefaultValue(QuestionSpecification.DefaultLimit)]
    public int? Limit { get; init; }
}
