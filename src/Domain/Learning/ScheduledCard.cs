using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Domain.Learning;

/// <summary>A studied card that may come up, with its recall probability right now.</summary>
public sealed record ScheduledCard(long QuestionId, CardState State, DateTimeOffset Due, double Retrievability);
