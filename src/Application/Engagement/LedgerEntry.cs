using AdaptiveLearning.Domain.Engagement;

namespace AdaptiveLearning.Application.Engagement;

/// <summary>One row of my points ledger.</summary>
/// <param name="Id">Rows are never changed; a later row may reverse this one.</param>
/// <param name="Source">answer, first_answer_of_day, session_completed or undo.</param>
/// <param name="Points">Points added; negative for undo.</param>
/// <param name="Day">The learner day it counts for (the time zone in force when it was earned).</param>
/// <param name="OccurredAt">When what earned it happened (an answer's answeredAt).</param>
/// <param name="RecordedAt">When the row was written.</param>
/// <param name="ClientAttemptId">The answer it belongs to, if any.</param>
/// <param name="SessionId">The session it belongs to, if any.</param>
public sealed record LedgerEntry(long Id, PointsSource Source, int Points, DateOnly Day, DateTimeOffset OccurredAt, DateTimeOffset RecordedAt,
    string? ClientAttemptId, Guid? SessionId);
