using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Groups;

namespace AdaptiveLearning.Application.Groups.GetChallenge;

/// <summary>
/// A challenge with its board, computed from the ledger and attempt log over the group's current visible members.
/// The first read after the end freezes the result and emits <c>challenge.ended</c> (ADR 0026): a racing second
/// read loses the conditional write and shows the stored result, so there is exactly one result and one event.
/// </summary>
internal sealed class GetChallengeHandler(GroupAccess access, IChallengeRepository challenges, IClock clock)
    : IHandler<GetChallengeQuery, ChallengeView>
{
    public async Task<ChallengeView> HandleAsync(GetChallengeQuery request, CancellationToken ct)
    {
        var context = await access.ForMemberAsync(request.UserId, request.GroupId, ct);
        var challenge = await challenges.GetAsync(request.GroupId, request.ChallengeId, ct)
                        ?? throw new ProblemException(Problems.NotFound, "No such challenge.");
        var now = clock.UtcNow;
        if (challenge.Result is not null)
            return ChallengeView.Of(challenge, now, challenge.Result, request.UserId);

        var standings = await StandingsAsync(challenge, context.Members, ct);
        if (!challenge.HasEnded(now))
            return ChallengeView.Of(challenge, now, standings, request.UserId);
        if (!await challenges.FinishAsync(challenge, standings, now, ct))
            challenge = await challenges.GetAsync(request.GroupId, request.ChallengeId, ct) ?? throw new ProblemException(Problems.NotFound);
        else
            challenge = challenge with { Result = standings, EndedAt = now };
        return ChallengeView.Of(challenge, now, challenge.Result, request.UserId);
    }

    private async Task<IReadOnlyList<Standing>> StandingsAsync(GroupChallenge challenge, IReadOnlyList<GroupMember> members, CancellationToken ct)
    {
        var visible = members.Where(m => m.LeaderboardVisible).ToList();
        var scores = await challenges.ScoresAsync(challenge, visible.Select(m => m.UserId).ToList(), ct);
        return Standing.RankAll(visible.Select(m => (m.UserId, m.DisplayName, scores.GetValueOrDefault(m.UserId))));
    }
}
