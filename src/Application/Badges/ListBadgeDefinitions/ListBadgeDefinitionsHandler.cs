using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Badges.ListBadgeDefinitions;

internal sealed class ListBadgeDefinitionsHandler(IBadgeCatalog catalog) : IHandler<ListBadgeDefinitionsQuery, IReadOnlyList<BadgeView>>
{
    public async Task<IReadOnlyList<BadgeView>> HandleAsync(ListBadgeDefinitionsQuery query, CancellationToken ct) =>
        (await catalog.ListAsync(query.IncludeRetired, ct)).Select(BadgeView.From).ToList();
}
