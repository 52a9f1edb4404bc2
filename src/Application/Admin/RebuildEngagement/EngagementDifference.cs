namespace AdaptiveLearning.Application.Admin.RebuildEngagement;

/// <summary>A learner whose ledger or badges differ from what the attempt log and the current rules give.</summary>
/// <param name="LedgerPoints">Points the ledger holds.</param>
/// <param name="ExpectedPoints">Points the attempt log earns under the current rules.</param>
/// <param name="LedgerAnswers">Answers the ledger counts.</param>
/// <param name="ExpectedAnswers">Answers in the attempt log that still count.</param>
/// <param name="BadgesMissing">Badges whose criteria the learner meets (with the expected points) but does not hold.</param>
/// <param name="BadgesUnmet">Badges held whose criteria are not met now (tampering, undo, changed criteria, or a streak that ended).</param>
public sealed record EngagementDifference(Guid UserId, long LedgerPoints, long ExpectedPoints, long LedgerAnswers, long ExpectedAnswers,
    IReadOnlyList<string> BadgesMissing, IReadOnlyList<string> BadgesUnmet);
