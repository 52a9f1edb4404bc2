using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Events.Payloads;

/// <summary>The <c>data</c> of <c>answer.recorded</c>: what was answered and how it went, never the selection or text.</summary>
/// <param name="LearnerId">Who answered.</param>
/// <param name="ClientAttemptId">The id the client gave the answer (repeats of it are not events).</param>
/// <param name="SessionId">The session it was given in, if any.</param>
/// <param name="QuestionId">The question answered.</param>
/// <param name="QuestionVersion">The version of the question the learner saw.</param>
/// <param name="Mode">The session mode.</param>
/// <param name="Correct">Whether it was right; null while a mock test hides it or for a self-rated card.</param>
/// <param name="Rating">The rating the card was scheduled with.</param>
/// <param name="AnsweredAt">When the learner answered (the device's time; offline answers arrive later).</param>
public sealed record AnswerRecordedData(
    Guid LearnerId,
    string ClientAttemptId,
    Guid? SessionId,
    long QuestionId,
    int QuestionVersion,
    SessionMode Mode,
    bool? Correct,
    Rating Rating,
    DateTimeOffset AnsweredAt);
