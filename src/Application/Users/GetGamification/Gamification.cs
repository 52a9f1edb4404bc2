namespace AdaptiveLearning.Application.Users.GetGamification;

/// <summary>My points, level, streak and badges at a glance, in my time zone and day start.</summary>
/// <param name="PointsToday">Points of my current learner day.</param>
/// <param name="PointsThisWeek">Points since Monday (ISO week) of my current learner week.</param>
/// <param name="PointsThisMonth">Points since the first of my current learner month.</param>
/// <param name="PointsTotal">All points, net of undo.</param>
/// <param name="Level">1 for a beginner.</param>
/// <param name="NextLevelPoints">Total at which the next level begins.</param>
/// <param name="PointsToNextLevel">Points still needed for the next level.</param>
/// <param name="LevelProgress">Share of the way from my level to the next, 0 to 1.</param>
/// <param name="StreakCurrent">My running streak in active days.</param>
/// <param name="StreakLongest">My longest streak.</param>
/// <param name="ActiveToday">Whether today already counts.</param>
/// <param name="FreezesAvailable">Freezes held, spent automatically on a missed day.</param>
/// <param name="FreezesUsed">Freezes spent so far.</param>
/// <param name="BadgesEarned">How many badges I hold.</param>
/// <param name="Today">My current learner day.</param>
/// <param name="TimeZone">The IANA time zone the periods are counted in.</param>
public sealed record Gamification(
    long PointsToday, long PointsThisWeek, long PointsThisMonth, long PointsTotal, int Level, long NextLevelPoints, long PointsToNextLevel,
    double LevelProgress, int StreakCurrent, int StreakLongest, bool ActiveToday, int FreezesAvailable, int FreezesUsed, int BadgesEarned,
    DateOnly Today, string TimeZone);
