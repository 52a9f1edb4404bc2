namespace AdaptiveLearning.Application.Questions.ListQuestionVersions;

/// <param name="Items">Newest version first.</param>
/// <param name="NextCursor">Pass as <c>cursor</c> for the next (older) versions; null on the last page.</param>
public sealed record QuestionVersionPage(IReadOnlyList<QuestionVersionSummary> Items, string? NextCursor);
