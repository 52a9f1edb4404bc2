namespace AdaptiveLearning.Application.Leaderboards;

/// <param name="Rank">1 + the number of learners with more points (ties share a rank).</param>
public sealed record RankedScore(Guid UserId, long Points, int Rank);
