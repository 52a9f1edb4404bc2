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

    /// <summary>
    /// Ids of the facets learners can study within any of the scope paths (none = everything) that hold published
    /// questions, in path order: the curriculum order new questions are offered in. From the cached tree, like node reads.
    /// </summary>
    public static async Task<IReadOnlyList<long>> StudiableFacetsAsync(this IHierarchyQueries queries, IReadOnlyList<string> scope,
        CancellationToken ct) =>
        (await queries.FacetsAsync(scope, includeInactive: false, ct)).Where(f => f.PublishedQuestions > 0).Select(f => f.Id).ToList();

    /// <summary>
    /// The facets within any of the scope paths (none = everything), in path order; without <paramref name="includeInactive"/>
    /// only those learners see (the facet and every node above it active). From the cached tree, so a query can name
    /// facets instead of joining every row to the hierarchy.
    /// </summary>
    public static async Task<IReadOnlyList<HierarchyNodeDto>> FacetsAsync(this IHierarchyQueries queries, IReadOnlyList<string> scope,
        bool includeInactive, CancellationToken ct)
    {
        var facets = new List<HierarchyNodeDto>();
        Collect(await queries.GetTreeAsync(includeInactive, ct));
        return facets.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();

        void Collect(IReadOnlyList<HierarchyNodeDto> nodes)
        {
            foreach (var node in nodes)
            {
                if (node.Level == HierarchyLevel.Facet && (scope.Count == 0 || scope.Any(s => HierarchyPath.Covers(s, node.Path))))
                    facets.Add(node);
                Collect(node.Children);
            }
        }
    }
}
