using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Sessions.EndSession;

/// <param name="Score">Share of a mock test's questions answered correctly (unanswered count as wrong); null for other modes.</param>
/// <param name="Results">A mock test's per-question feedback, held back until now; empty for other modes.</param>
public sealed record SessionSummary(
    Guid Id,
    SessionMode Mode,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    int Answered,
    int Correct,
    long TimeSpentMs,
    int NewCardsLearned,
    int Lapses,
    double? Score,
    IReadOnlyList<MockTestResult> Results);
