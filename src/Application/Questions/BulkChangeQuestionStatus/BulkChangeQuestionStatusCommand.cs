using AdaptiveLearning.Application.Questions.ChangeQuestionStatus;

namespace AdaptiveLearning.Application.Questions.BulkChangeQuestionStatus;

/// <param name="Ids">Distinct question ids, at most <see cref="MaxIds"/>.</param>
/// <param name="Reason">Kept in each changed question's history; required to reject.</param>
public sealed record BulkChangeQuestionStatusCommand(Guid UserId, IReadOnlyList<long> Ids, QuestionAction Action, string? Reason = null)
{
    public const int MaxIds = 500;
}
