using AdaptiveLearning.Domain.Leaderboards;

namespace AdaptiveLearning.Application.Leaderboards.GetLeaderboard;

/// <param name="GroupId">Only this group's members (the caller must be one); null for everyone.</param>
public sealed record GetLeaderboardQuery(Guid UserId, LeaderboardPeriod Period, Guid? GroupId, int Limit);
