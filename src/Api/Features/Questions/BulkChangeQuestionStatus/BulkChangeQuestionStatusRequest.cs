using AdaptiveLearning.Api.OpenApi;
using AdaptiveLearning.Application.Questions.ChangeQuestionStatus;

namespace AdaptiveLearning.Api.Features.Questions.BulkChangeQuestionStatus;

public sealed class BulkChangeQuestionStatusRequest
{
    public const string Route = "/questions/bulk-status";

    /// <summary>The questions to change: distinct ids, 1 to 500.</summary>
    public IReadOnlyList<long> Ids { get; init; } = [];
    /// <summary>What to do with each: the same rules and roles as its single route.</summary>
    [WireEnum(typeof(QuestionAction))]
    public string Action { get; init; } = "";
    /// <summary>Kept in each changed question's history; required to reject.</summary>
    public string? Reason { get; init; }
}
