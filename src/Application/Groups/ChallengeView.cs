using AdaptiveLearning.Application.Leaderboards;
using AdaptiveLearning.Domain.Groups;

namespace AdaptiveLearning.Application.Groups;

/// <summary>A challenge between a group's members, with its own leaderboard.</summary>
/// <param name="Scope">Hierarchy paths the answers must fall under; empty for the whole bank.</param>
/// <param name="Status">upcoming, running or ended.</param>
/// <param name="Standings">The challenge's board, highest first (in the list of challenges: null). Once ended: the frozen result.</param>
/// <param name="Winners">Display names of the rank-1 members once the challenge has ended (empty if nobody scored).</param>
public sealed record ChallengeView(
    Guid Id, Guid GroupId, string Name, ChallengeMetric Metric, IReadOnlyList<string> Scope, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    ChallengeStatus Status, DateTimeOffset? EndedAt, IReadOnlyList<LeaderboardEntry>? Standings, IReadOnlyList<string>? Winners)
{
    public static ChallengeView Of(GroupChallenge c, DateTimeOffset now, IReadOnlyList<Standing>? standings, Guid caller) => new(
        c.Id, c.GroupId, c.Name, c.Metric, c.Scope, c.StartsAt, c.EndsAt,
        c.Result is not null || c.HasEnded(now) ? ChallengeStatus.Ended : now < c.StartsAt ? ChallengeStatus.Upcoming : ChallengeStatus.Running,
        c.EndedAt, standings?.Select(s => new LeaderboardEntry(s.Rank, s.DisplayName, s.Score, s.UserId == caller)).ToList(),
        c.Result?.Where(s => s.Rank == 1 && s.Score > 0).Select(s => s.DisplayName).ToList());
}
