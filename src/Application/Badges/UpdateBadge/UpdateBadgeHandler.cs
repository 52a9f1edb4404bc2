using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Badges.UpdateBadge;

/// <summary>Changes a badge; criteria apply from the next evaluation, and badges already earned are kept.</summary>
internal sealed class UpdateBadgeHandler(IBadgeCatalog catalog, IClock clock) : IHandler<UpdateBadgeCommand, BadgeView>
{
    public async Task<BadgeView> HandleAsync(UpdateBadgeCommand request, CancellationToken ct)
    {
        var badge = await catalog.GetAsync(request.Key, ct) ?? throw new ProblemException(Problems.NotFound, "No such badge.");
        var f = request.Fields;
        var now = clock.UtcNow;
        var criteria = f.Metric is null && f.Threshold is null && f.MinAnswers is null
            ? badge.Criteria
            : BadgeRules.Criteria(f.Metric ?? WireName(badge), f.Threshold ?? badge.Criteria.Threshold,
                f.Metric is null || f.MinAnswers is not null ? f.MinAnswers ?? badge.Criteria.MinAnswers : null);
        var changed = badge with
        {
            Name = f.Name?.Trim() ?? badge.Name,
            Description = f.Description?.Trim() ?? badge.Description,
            Icon = f.Icon?.Trim() ?? badge.Icon,
            Category = f.Category?.Trim() ?? badge.Category,
            Rarity = f.Rarity is null ? badge.Rarity : BadgeRules.Rarity(f.Rarity),
            Criteria = criteria,
            UpdatedAt = now,
            RetiredAt = request.Retired switch { true => badge.RetiredAt ?? now, false => null, null => badge.RetiredAt },
        };
        await catalog.UpdateAsync(changed, ct);
        return BadgeView.From(changed);
    }

    private static string WireName(Domain.Engagement.BadgeDefinition badge) => Domain.Common.WireNames.Of(badge.Criteria.Metric);
}
