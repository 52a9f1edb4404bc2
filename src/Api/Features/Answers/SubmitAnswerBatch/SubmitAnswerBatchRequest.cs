using AdaptiveLearning.Domain.Common;

namespace AdaptiveLearning.Api.Features.Answers.SubmitAnswerBatch;

public sealed class SubmitAnswerBatchRequest
{
    public const string Route = "/answers/batch";

    /// <summary>Up to 1,000 answers, in any order: each card's answers are applied in answeredAt order.</summary>
    public IReadOnlyList<BatchAnswer> Answers { get; init; } = [];
}

public sealed class BatchAnswer
{
    /// <summary>The session the answer was given in; none for answers outside a session.</summary>
    public Guid? SessionId { get; init; }
    public string ClientAttemptId { get; init; } = "";
    public long QuestionId { get; init; }
    public IReadOnlyList<string>? Selected { get; init; }
    public string? Text { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }
    public int TimeSpentMs { get; init; }
    public Rating? Rating { get; init; }
}
