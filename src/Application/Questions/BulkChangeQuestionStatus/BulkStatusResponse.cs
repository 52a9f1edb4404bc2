namespace AdaptiveLearning.Application.Questions.BulkChangeQuestionStatus;

/// <param name="Results">One per id, in the order sent.</param>
/// <param name="Succeeded">How many questions changed status.</param>
/// <param name="Failed">How many did not; each result says why.</param>
public sealed record BulkStatusResponse(IReadOnlyList<BulkStatusResult> Results, int Succeeded, int Failed);
