namespace AdaptiveLearning.Application.Engagement;

/// <summary>Raw counts behind the badge metrics; a part nobody asked for is left at zero (or empty).</summary>
/// <param name="Answers">Answers that still count (ledger).</param>
/// <param name="Correct">Right answers, not undone, outside a running mock test.</param>
/// <param name="Graded">Answers with a known correctness, on the same terms.</param>
/// <param name="Points">All points (ledger).</param>
/// <param name="ActiveDays">Learner days (as lived) with an answer that still counts.</param>
/// <param name="Placements">Completed placement tests.</param>
public sealed record LearnerTallies(long Answers, long Correct, long Graded, long Points, IReadOnlyList<DateOnly> ActiveDays, int Placements);
