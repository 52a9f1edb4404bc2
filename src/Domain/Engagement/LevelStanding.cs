namespace AdaptiveLearning.Domain.Engagement;

/// <param name="Level">1 for a beginner.</param>
/// <param name="LevelStartPoints">Total points at which this level began.</param>
/// <param name="NextLevelPoints">Total points at which the next level begins.</param>
/// <param name="Progress">Share of the way from this level to the next, 0 to 1.</param>
public sealed record LevelStanding(int Level, long LevelStartPoints, long NextLevelPoints, double Progress);
