using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Groups.ListChallenges;

/// <summary>Challenges without their boards (open one for its standings, which also settles an ended one).</summary>
internal sealed class ListChallengesHandler(GroupAccess access, IChallengeRepository challenges, IClock clock)
    : IHandler<ListChallengesQuery, IReadOnlyList<ChallengeView>>
{
    public async Task<IReadOnlyList<ChallengeView>> HandleAsync(ListChallengesQuery request, CancellationToken ct)
    {
        await access.ForMemberAsync(request.UserId, request.GroupId, ct);
        var now = clock.UtcNow;
        return (await challenges.ListAsync(request.GroupId, ct)).Select(c => ChallengeView.Of(c, now, null, request.UserId)).ToList();
    }
}
