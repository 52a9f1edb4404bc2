using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Engagement;

/// <summary>A learner's attempt log and ledger sums, for recomputing the ledger.</summary>
/// <param name="Answers">Every stored answer, in the order it was recorded.</param>
/// <param name="EndedSessions">Ended sessions with the answers in them that still count.</param>
public sealed record EngagementHistory(IReadOnlyList<AuditedAnswer> Answers, IReadOnlyList<(SessionMode Mode, int Answered)> EndedSessions,
    long LedgerPoints, long LedgerAnswers);
