namespace AdaptiveLearning.Application.Admin.RebuildEngagement;

/// <summary>The ledger recomputed from the attempt log for a page of learners; nothing is changed.</summary>
/// <param name="Checked">Learners checked.</param>
/// <param name="Differences">Only the learners whose figures differ.</param>
/// <param name="NextAfter">Pass as <c>after</c> to check the next page; null when every learner was checked.</param>
public sealed record EngagementRebuildReport(int Checked, IReadOnlyList<EngagementDifference> Differences, Guid? NextAfter);
