using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Engagement;

/// <summary>One stored answer as the rebuild replays it.</summary>
/// <param name="LedgerDay">The learner day its ledger row holds (the day as lived); null when it has no row.</param>
public sealed record AuditedAnswer(Attempt Attempt, bool Undone, DateOnly? LedgerDay);
