using AdaptiveLearning.Application.Content.Hierarchy;

namespace AdaptiveLearning.Infrastructure.Caching;

internal sealed class CachedHierarchyQueries(IHierarchyQueries inner, ContentCache cache) : IHierarchyQueries
{
    public async Task<IReadOnlyList<HierarchyNodeDto>> GetTreeAsync(bool includeInactive, CancellationToken ct) =>
        await cache.GetOrSetAsync($"hierarchy:tree:{includeInactive}", token => inner.GetTreeAsync(includeInactive, token), ct);

    public async Task<HierarchyNodeDto?> GetNodeAsync(string path, bool includeInactive, CancellationToken ct) =>
        await cache.GetOrSetAsync($"hierarchy:node:{includeInactive}:{path}", token => inner.GetNodeAsync(path, includeInactive, token), ct);
}
