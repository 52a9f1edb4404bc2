using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Hierarchy;

public interface IHierarchyRepository
{
    Task<HierarchyNode?> GetAsync(HierarchyPath path, CancellationToken ct);
    Task<IReadOnlyList<HierarchyNode>> GetChildrenAsync(long? parentId, CancellationToken ct);

    /// <exception cref="Common.DuplicateKeyException">when the path exists already.</exception>
    Task<HierarchyNode> AddAsync(HierarchyNode node, CancellationToken ct);

    Task SaveAsync(HierarchyNode node, CancellationToken ct);
    Task SaveOrderAsync(IReadOnlyList<HierarchyNode> siblings, CancellationToken ct);
}
