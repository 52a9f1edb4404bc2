using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Sessions.EndSession;

/// <param name="Score">Share of a mock test's questions answered correctly (unanswered count as wrong); null for other modes.</param>
/// <param name="Results">A mock test's per-question feedback, held back until now; empty for other modes.</param>
/// <param name="Id">The session.</param>
/// <param name="Mode">The session's mode.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="EndedAt">When it ended.</param>
/// <param name="Answered">Answers recorded.</param>
/// <param name="Correct">Of which correct.</param>
/// <param name="TimeSpentMs">Time spent answering, as the client reported it.</param>
/// <param name="NewCardsLearned">New questions studied for the first time.</param>
/// <param name="Lapses">Reviews forgotten.</param>
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
