namespace AdaptiveLearning.Application.Leaderboards;

/// <summary>A place on a board: display names only, never an email.</summary>
/// <param name="Rank">Equal scores share a rank and the next one skips (1, 1, 3).</param>
/// <param name="IsMe">Whether this is the caller.</param>
public sealed record LeaderboardEntry(int Rank, string DisplayName, long Points, bool IsMe);
