using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Hierarchy;

public static class HierarchyNodeLookup
{
    /// <summary>
    /// The node at <paramref name="path"/> with its direct children, or null. Taken from the (cached)
    /// tree rather than queried on its own, so a node read never costs a database round trip of its own.
    /// </summary>
    public static async Task<HierarchyNodeDto?> GetNodeAsync(this IHierarchyQueries queries, string path, bool includeInactive,
        CancellationToken ct)
    {
        if (!HierarchyPath.TryParse(path, out var parsed))
            return null;
        IReadOnlyList<HierarchyNodeDto> level = await queries.GetTreeAsync(includeInactive, ct);
        HierarchyNodeDto? node = null;
        foreach (var ancestor in parsed.SelfAndAncestors())
        {
            node = level.FirstOrDefault(n => n.Path == ancestor.ToString());
            if (node is null)
                return null;
            level = node.Children;
        }
        return node! with { Children = node.Children.Select(c => c with { Children = [] }).ToArray() };
    }
}
