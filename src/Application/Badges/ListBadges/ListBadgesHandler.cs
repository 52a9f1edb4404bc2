using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Engagement;
using AdaptiveLearning.Application.Sessions;
using AdaptiveLearning.Domain.Engagement;

namespace AdaptiveLearning.Application.Badges.ListBadges;

internal sealed class ListBadgesHandler(SessionLoader loader, IBadgeCatalog catalog, ILearnerBadges badges, LearnerFigureReader figures)
    : IHandler<ListBadgesQuery, BadgeCatalogue>
{
    public async Task<BadgeCatalogue> HandleAsync(ListBadgesQuery query, CancellationToken ct)
    {
        var learner = await loader.LearnerAsync(query.UserId, ct);
        var all = await catalog.ListAsync(includeRetired: false, ct);
        var earned = (await badges.EarnedAsync(learner.Id, ct)).ToDictionary(b => b.Key);
        var standing = await figures.ReadAsync(learner, all.Select(b => b.Criteria.Metric).ToHashSet(), ct);
        var items = all.Select(b =>
        {
            var held = earned.GetValueOrDefault(b.Key);
            var current = standing.Value(b.Criteria.Metric);
            return new BadgeProgress(b.Key, b.Name, b.Description, b.Icon, b.Category, b.Rarity, b.Criteria, held is not null, held?.EarnedAt,
                current, b.Criteria.Threshold, held is not null ? 1 : Progress(b.Criteria, standing, current));
        }).ToList();
        return new BadgeCatalogue(items.Count(i => i.Earned), items);
    }

    /// <summary>Accuracy needs both its share and its answers, so the lesser of the two shows the way still to go.</summary>
    private static double Progress(BadgeCriteria criteria, LearnerFigures standing, double current)
    {
        var share = criteria.Threshold <= 0 ? 1 : Math.Clamp(current / criteria.Threshold, 0, 1);
        if (criteria is { Metric: BadgeMetric.Accuracy, MinAnswers: > 0 and var min })
            share = Math.Min(share, Math.Clamp((double)standing.GradedTotal / min, 0, 1));
        return Math.Round(share, 4);
    }
}
