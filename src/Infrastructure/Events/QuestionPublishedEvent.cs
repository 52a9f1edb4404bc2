using AdaptiveLearning.Application.Events;
using AdaptiveLearning.Application.Events.Payloads;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Infrastructure.Events;

/// <summary>question.published: which question and version went live, and from which state; not its content or answer key.</summary>
internal static class QuestionPublishedEvent
{
    public static OutboxEvent Of(Question question, QuestionStatus from, Guid? actorId, DateTimeOffset at) =>
        OutboxInsert.Event(EventTypes.QuestionPublished, EventAggregates.Question(question.Id), null, at,
            new QuestionPublishedData(question.Id, question.ExternalId, question.Version, question.FacetId, from, actorId));
}
