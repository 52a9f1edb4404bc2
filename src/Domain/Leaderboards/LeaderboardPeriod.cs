namespace AdaptiveLearning.Domain.Leaderboards;

/// <summary>The span a leaderboard sums points over; weeks and months are UTC (ADR 0026).</summary>
public enum LeaderboardPeriod
{
    Week,
    Month,
    All,
}
