using AdaptiveLearning.Application.Events;
using AdaptiveLearning.Application.Events.Payloads;
using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Infrastructure.Events;

/// <summary>card.leeched, in the learner's order right after the answer that crossed the leech threshold.</summary>
internal static class CardLeechedEvent
{
    public static bool Applies(Attempt a) => a.After.Leech && !a.Before.Leech;

    public static OutboxEvent Of(Attempt a) => OutboxInsert.Event(EventTypes.CardLeeched, EventAggregates.Learner(a.UserId), a.UserId, a.RecordedAt,
        new CardLeechedData(a.UserId, a.CardId, a.QuestionId, a.After.Memory.Lapses, a.After.Suspended, a.ClientAttemptId));
}
