using AdaptiveLearning.Application.Engagement;

namespace AdaptiveLearning.Application.Users.GetPoints;

/// <summary>My points, my level and a page of my ledger.</summary>
/// <param name="Total">All points, net of undo.</param>
/// <param name="Today">Points of my current learner day.</param>
/// <param name="Level">1 for a beginner; level L starts at 100 × (L − 1) × L / 2 points with the default step (ADR 0022).</param>
/// <param name="LevelStartPoints">Total at which my level began.</param>
/// <param name="NextLevelPoints">Total at which the next level begins.</param>
/// <param name="PointsToNextLevel">Points still needed for the next level.</param>
/// <param name="LevelProgress">Share of the way from my level to the next, 0 to 1.</param>
/// <param name="Entries">Ledger rows, newest first.</param>
/// <param name="NextCursor">Pass as <c>cursor</c> for older rows; null on the last page.</param>
public sealed record PointsReport(long Total, long Today, int Level, long LevelStartPoints, long NextLevelPoints, long PointsToNextLevel,
    double LevelProgress, IReadOnlyList<LedgerEntry> Entries, string? NextCursor);
