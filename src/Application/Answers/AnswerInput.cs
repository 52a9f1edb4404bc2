using AdaptiveLearning.Domain.Common;

namespace AdaptiveLearning.Application.Answers;

/// <param name="SessionId">Null for an answer given outside any session (offline review); it changes the card as practice does.</param>
/// <param name="AnsweredAt">When the learner answered (offline answers arrive later); null means now.</param>
public sealed record AnswerInput(
    string ClientAttemptId,
    Guid? SessionId,
    long QuestionId,
    IReadOnlyList<string>? Selected,
    string? Text,
    DateTimeOffset? AnsweredAt,
    int TimeSpentMs,
    Rating? Rating);
