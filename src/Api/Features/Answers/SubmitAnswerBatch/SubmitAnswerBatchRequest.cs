using AdaptiveLearning.Domain.Common;

namespace AdaptiveLearning.Api.Features.Answers.SubmitAnswerBatch;

public sealed class SubmitAnswerBatchRequest
{
    public const string Route = "/answers/batch";

    /// <summary>Up to 1,000 answers, in any order: each card's answers are applied in answeredAt order.</summary>
    public IReadOnlyList<BatchAnswer> Answers { get; init; } = [];
}
