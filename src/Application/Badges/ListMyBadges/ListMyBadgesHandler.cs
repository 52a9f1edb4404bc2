using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Badges.ListMyBadges;

internal sealed class ListMyBadgesHandler(ILearnerBadges badges) : IHandler<ListMyBadgesQuery, MyBadges>
{
    public async Task<MyBadges> HandleAsync(ListMyBadgesQuery query, CancellationToken ct)
    {
        var earned = await badges.EarnedAsync(query.UserId, ct);
        return new MyBadges(earned.Count, earned);
    }
}
