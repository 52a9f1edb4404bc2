using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Groups;
using AdaptiveLearning.Application.Sessions;
using AdaptiveLearning.Domain.Groups;
using AdaptiveLearning.Domain.Leaderboards;

namespace AdaptiveLearning.Application.Leaderboards.GetLeaderboard;

/// <summary>
/// The global board reads the top of the period's sorted set; a group's board reads its visible members' scores from
/// the same set (a group has at most <see cref="StudyGroup.MaxMembers"/> members), so the answer path only ever
/// touches the learner, never their groups.
/// </summary>
internal sealed class GetLeaderboardHandler(SessionLoader loader, ILeaderboards boards, GroupAccess access, IClock clock)
    : IHandler<GetLeaderboardQuery, LeaderboardView>
{
    public async Task<LeaderboardView> HandleAsync(GetLeaderboardQuery request, CancellationToken ct)
    {
        var learner = await loader.LearnerAsync(request.UserId, ct);
        var window = LeaderboardWindow.Containing(request.Period, clock.UtcNow);
        var standings = request.GroupId is { } groupId
            ? await GroupStandingsAsync(request.UserId, groupId, window, ct)
            : await GlobalStandingsAsync(request.UserId, window, request.Limit, ct);
        var entries = standings.Select(s => new LeaderboardEntry(s.Rank, s.DisplayName, s.Score, s.UserId == request.UserId)).ToList();
        return new LeaderboardView(window.Period, window.From, window.To, request.GroupId, entries.Take(request.Limit).ToList(),
            entries.FirstOrDefault(e => e.IsMe), learner.Settings.LeaderboardVisible);
    }

    private async Task<IReadOnlyList<Standing>> GroupStandingsAsync(Guid userId, Guid groupId, LeaderboardWindow window, CancellationToken ct)
    {
        var visible = (await access.ForMemberAsync(userId, groupId, ct)).Members.Where(m => m.LeaderboardVisible).ToList();
        var points = await boards.PointsOfAsync(window, visible.Select(m => m.UserId).ToList(), ct);
        return Standing.RankAll(visible.Where(m => points.ContainsKey(m.UserId)).Select(m => (m.UserId, m.DisplayName, points[m.UserId])));
    }

    /// <summary>The top, plus the caller's own place appended when it lies below it.</summary>
    private async Task<IReadOnlyList<Standing>> GlobalStandingsAsync(Guid userId, LeaderboardWindow window, int limit, CancellationToken ct)
    {
        var slice = await boards.TopAsync(window, limit, userId, ct);
        var ranked = slice.Top.Concat(slice.Caller is { } me && slice.Top.All(t => t.UserId != userId) ? [me] : []).ToList();
        var names = await boards.DisplayNamesAsync(ranked.Select(r => r.UserId).ToList(), ct);
        return ranked.Select(r => new Standing(r.Rank, r.UserId, names.GetValueOrDefault(r.UserId, "?"), r.Points)).ToList();
    }
}
