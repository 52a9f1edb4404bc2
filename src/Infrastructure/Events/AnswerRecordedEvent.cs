using AdaptiveLearning.Application.Events;
using AdaptiveLearning.Application.Events.Payloads;
using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Infrastructure.Events;

/// <summary>answer.recorded: what was answered and how it went, never the learner's selection or text.</summary>
internal static class AnswerRecordedEvent
{
    public static OutboxEvent Of(Attempt a) => OutboxInsert.Event(EventTypes.AnswerRecorded, EventAggregates.Learner(a.UserId), a.UserId, a.RecordedAt,
        new AnswerRecordedData(a.UserId, a.ClientAttemptId, a.SessionId, a.QuestionId, a.QuestionVersion, a.Mode, a.Correct, a.Rating, a.AnsweredAt));
}
