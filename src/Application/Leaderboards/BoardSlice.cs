namespace AdaptiveLearning.Application.Leaderboards;

/// <param name="Top">Highest first, with competition ranks.</param>
/// <param name="Caller">The caller's place; null when they are not on the board (hidden, or no points in the period).</param>
public sealed record BoardSlice(IReadOnlyList<RankedScore> Top, RankedScore? Caller);
