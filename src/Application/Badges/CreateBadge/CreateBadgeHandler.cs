using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Engagement;

namespace AdaptiveLearning.Application.Badges.CreateBadge;

internal sealed class CreateBadgeHandler(IBadgeCatalog catalog, IClock clock) : IHandler<CreateBadgeCommand, BadgeView>
{
    public async Task<BadgeView> HandleAsync(CreateBadgeCommand request, CancellationToken ct)
    {
        var f = request.Fields;
        var now = clock.UtcNow;
        var badge = new BadgeDefinition(request.Key, f.Name!.Trim(), f.Description!.Trim(), f.Icon!.Trim(), f.Category!.Trim(),
            BadgeRules.Rarity(f.Rarity), BadgeRules.Criteria(f.Metric, f.Threshold!.Value, f.MinAnswers), now, now);
        if (!await catalog.AddAsync(badge, ct))
            throw new ProblemException(Problems.BadgeKeyTaken, $"A badge '{request.Key}' already exists.");
        return BadgeView.From(badge);
    }
}
