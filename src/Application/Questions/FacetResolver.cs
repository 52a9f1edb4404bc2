using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Hierarchy;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Questions;

internal static class FacetResolver
{
    public static async Task<HierarchyNode> ResolveAsync(IHierarchyRepository nodes, string path, CancellationToken ct)
    {
        var parsed = HierarchyPaths.ParseOrThrow(path);
        if (parsed.Level != HierarchyPath.MaxDepth)
            throw ProblemException.Field("path", "Questions belong to a facet: give a full topic__subtopic__leaf__facet path.");
        return await nodes.GetAsync(parsed, ct)
            ?? throw ProblemException.Field("path", $"No facet at '{path}'.");
    }
}
