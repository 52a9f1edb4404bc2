using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Infrastructure.Questions;

/// <summary>One row of <c>question_status_changes</c> as it is written.</summary>
internal sealed record StatusChangeRow(
    long QuestionId, DateTimeOffset OccurredAt, Guid? ActorId, QuestionStatus From, QuestionStatus To, int Version, string? Reason);
