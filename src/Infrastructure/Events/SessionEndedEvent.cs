using AdaptiveLearning.Application.Events;
using AdaptiveLearning.Application.Events.Payloads;
using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Infrastructure.Events;

/// <summary>session.ended, ordered with the session's own events rather than the learner's answers (nothing locks both).</summary>
internal static class SessionEndedEvent
{
    public static OutboxEvent Of(LearningSession session, DateTimeOffset endedAt) =>
        OutboxInsert.Event(EventTypes.SessionEnded, EventAggregates.Session(session.Id), session.UserId, endedAt,
            new SessionEndedData(session.UserId, session.Id, session.Mode, session.StartedAt, endedAt));
}
