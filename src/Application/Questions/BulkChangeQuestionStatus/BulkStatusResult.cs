using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Questions.BulkChangeQuestionStatus;

/// <summary>What happened to one question of a bulk status change.</summary>
/// <param name="Id">The question id, as sent.</param>
/// <param name="Ok">True when the question changed status.</param>
/// <param name="Code">The problem code when it did not (<c>not_found</c>, <c>invalid_transition</c>, <c>self_approval</c>, ...).</param>
/// <param name="Status">The question's status after the change; null when it failed.</param>
public sealed record BulkStatusResult(long Id, bool Ok, string? Code = null, QuestionStatus? Status = null);
