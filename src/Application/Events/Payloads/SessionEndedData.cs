using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Events.Payloads;

/// <summary>The <c>data</c> of <c>session.ended</c>.</summary>
/// <param name="LearnerId">Whose session it was.</param>
/// <param name="SessionId">The session.</param>
/// <param name="Mode">Its mode.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="EndedAt">When it was ended.</param>
public sealed record SessionEndedData(Guid LearnerId, Guid SessionId, SessionMode Mode, DateTimeOffset StartedAt, DateTimeOffset EndedAt);
