namespace AdaptiveLearning.Application.Sessions.ListStudySessions;

/// <param name="Items">Newest first.</param>
/// <param name="NextCursor">Pass as <c>cursor</c> for the next page; null on the last page.</param>
public sealed record StudySessionPage(IReadOnlyList<SessionHistoryItem> Items, string? NextCursor);
