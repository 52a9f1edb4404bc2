using AdaptiveLearning.Application.Hierarchy;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Infrastructure.Caching;

/// <summary>Every committed hierarchy write retires the cached content, so no handler has to remember to.</summary>
internal sealed class InvalidatingHierarchyRepository(IHierarchyRepository inner, ContentCache cache) : IHierarchyRepository
{
    public Task<HierarchyNode?> GetAsync(HierarchyPath path, CancellationToken ct) => inner.GetAsync(path, ct);

    public Task<IReadOnlyList<HierarchyNode>> GetChildrenAsync(long? parentId, CancellationToken ct) => inner.GetChildrenAsync(parentId, ct);

    public async Task<HierarchyNode> AddAsync(HierarchyNode node, CancellationToken ct)
    {
        var added = await inner.AddAsync(node, ct);
        await cache.InvalidateAllAsync(ct);
        return added;
    }

    public async Task SaveAsync(HierarchyNode node, CancellationToken ct)
    {
        await inner.SaveAsync(node, ct);
        await cache.InvalidateAllAsync(ct);
    }

    public async Task SaveOrderAsync(IReadOnlyList<HierarchyNode> siblings, CancellationToken ct)
    {
        await inner.SaveOrderAsync(siblings, ct);
        await cache.InvalidateAllAsync(ct);
    }
}
