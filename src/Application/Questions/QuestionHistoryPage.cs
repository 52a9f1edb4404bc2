namespace AdaptiveLearning.Application.Questions;

/// <param name="Items">Oldest change first.</param>
/// <param name="NextCursor">Pass as <c>cursor</c> for the next (later) changes; null on the last page.</param>
public sealed record QuestionHistoryPage(IReadOnlyList<QuestionStatusChange> Items, string? NextCursor);
