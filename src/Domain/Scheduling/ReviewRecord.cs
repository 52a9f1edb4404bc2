using AdaptiveLearning.Domain.Common;

namespace AdaptiveLearning.Domain.Scheduling;

/// <summary>One past review of a card, as the optimiser and evaluators replay it.</summary>
public readonly record struct ReviewRecord(Rating Rating, DateTimeOffset ReviewedAt);
