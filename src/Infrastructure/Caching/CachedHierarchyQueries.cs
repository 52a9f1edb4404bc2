using AdaptiveLearning.Application.Hierarchy;

namespace AdaptiveLearning.Infrastructure.Caching;

internal sealed class CachedHierarchyQueries(IHierarchyQueries inner, ContentCache cache) : IHierarchyQueries
{
    public async Task<IReadOnlyList<HierarchyNodeDto>> GetTreeAsync(bool includeInactive, CancellationToken ct) =>
        await cache.GetOrSetAsync($"hierarchy:tree:{includeInactive}", token => inner.GetTreeAsync(includeInactive, token), ct);
}
