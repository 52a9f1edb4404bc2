using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Sessions;

/// <summary>A past or running session with its summary.</summary>
/// <param name="Id">The session.</param>
/// <param name="Mode">learn, review, practice, mock_test, cram or placement.</param>
/// <param name="Scope">The hierarchy paths studied; empty for the whole bank.</param>
/// <param name="Status">active or ended.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="EndedAt">When it ended; null while active.</param>
/// <param name="Answered">Answers that count (undone ones do not).</param>
/// <param name="Correct">Of which correct; 0 while a mock test runs (its feedback waits for the end).</param>
/// <param name="Accuracy">Correct ÷ answered; null without answers or while a mock test runs.</param>
/// <param name="TimeSpentMs">Time spent answering, as the client reported it.</param>
/// <param name="NewCards">New questions studied for the first time.</param>
/// <param name="Lapses">Reviews forgotten.</param>
/// <param name="Points">Points the session earned, net of undo.</param>
public sealed record SessionHistoryItem(
    Guid Id,
    SessionMode Mode,
    IReadOnlyList<string> Scope,
    SessionStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    int Answered,
    int Correct,
    double? Accuracy,
    long TimeSpentMs,
    int NewCards,
    int Lapses,
    long Points);
