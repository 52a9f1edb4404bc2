using AdaptiveLearning.Domain.Common;

namespace AdaptiveLearning.Api.Features.Answers.SubmitAnswerBatch;

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
