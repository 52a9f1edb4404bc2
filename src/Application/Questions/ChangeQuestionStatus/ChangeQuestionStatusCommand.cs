namespace AdaptiveLearning.Application.Questions.ChangeQuestionStatus;

/// <param name="Reason">Why, kept in the question's history; required to reject.</param>
/// <param name="IfMatch">The client's If-Match entity tags; null when it sent none (the change applies to whatever is current).</param>
public sealed record ChangeQuestionStatusCommand(
    Guid UserId, long Id, QuestionAction Action, string? Reason = null, IReadOnlyList<string>? IfMatch = null)
{
    /// <summary>The history column's size.</summary>
    public const int MaxReasonLength = 1000;
}
