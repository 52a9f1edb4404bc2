namespace AdaptiveLearning.Application.Hierarchy;

public interface IHierarchyQueries
{
    /// <summary>All topics with their descendants; inactive nodes only when <paramref name="includeInactive"/>.</summary>
    Task<IReadOnlyList<HierarchyNodeDto>> GetTreeAsync(bool includeInactive, CancellationToken ct);
}
