using AdaptiveLearning.Application.Events;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Infrastructure.Events;

/// <summary>session.ended, ordered with the session's own events rather than the learner's answers (nothing locks both).</summary>
internal static class SessionEndedEvent
{
    public static OutboxEvent Of(LearningSession session, DateTimeOffset endedAt) =>
        OutboxInsert.Event(EventTypes.SessionEnded, EventAggregates.Session(session.Id), session.UserId, endedAt, new
        {
            learnerId = session.UserId,
            sessionId = session.Id,
            mode = WireNames.Of(session.Mode),
            session.StartedAt,
            endedAt,
        });
}
