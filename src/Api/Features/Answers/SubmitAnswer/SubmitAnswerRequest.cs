using AdaptiveLearning.Domain.Common;

namespace AdaptiveLearning.Api.Features.Answers.SubmitAnswer;

public sealed class SubmitAnswerRequest
{
    public const string Route = "/sessions/{id}/answers";

    public static string For(Guid sessionId) => Route.Replace("{id}", sessionId.ToString());

    public Guid Id { get; init; }
    /// <summary>The client's own id for this answer: sending it again never counts twice.</summary>
    public string ClientAttemptId { get; init; } = "";
    public long QuestionId { get; init; }
    /// <summary>Chosen option keys (multiple-choice questions).</summary>
    public IReadOnlyList<string>? Selected { get; init; }
    /// <summary>The written answer (theory questions).</summary>
    public string? Text { get; init; }
    /// <summary>When the learner answered; defaults to now.</summary>
    public DateTimeOffset? AnsweredAt { get; init; }
    public int TimeSpentMs { get; init; }
    /// <summary>again, hard, good or easy; derived from correctness and time when absent.</summary>
    public Rating? Rating { get; init; }
}
