using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Questions;

/// <summary>One status change of a question, as recorded when it happened.</summary>
/// <param name="Id">Its place in the trail; later changes have larger ids.</param>
/// <param name="OccurredAt">When the change was made (UTC).</param>
/// <param name="ActorId">Who made it; null for changes no signed-in user made.</param>
/// <param name="From">The status before.</param>
/// <param name="To">The status after.</param>
/// <param name="Version">The question's version at the time: what was submitted, approved or rejected.</param>
/// <param name="Reason">Why, when the actor said so (always for a rejection).</param>
public sealed record QuestionStatusChange(
    long Id, DateTimeOffset OccurredAt, Guid? ActorId, QuestionStatus From, QuestionStatus To, int Version, string? Reason);
