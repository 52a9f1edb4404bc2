using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Hierarchy;

namespace AdaptiveLearning.Application.Hierarchy.ReorderHierarchyNodes;

internal sealed class ReorderHierarchyNodesHandler(IHierarchyRepository nodes)
    : IHandler<ReorderHierarchyNodesCommand, bool>
{
    public async Task<bool> HandleAsync(ReorderHierarchyNodesCommand request, CancellationToken ct)
    {
        long? parentId = null;
        if (request.ParentPath is { } parentPath)
            parentId = (await nodes.GetAsync(HierarchyPaths.ParseOrThrow(parentPath), ct)
                ?? throw new ProblemException(Problems.NotFound, $"No hierarchy node at '{parentPath}'.")).Id;

        var children = await nodes.GetChildrenAsync(parentId, ct);
        var byCode = children.ToDictionary(c => c.Path.Code);
        if (request.Codes.Count != children.Count || request.Codes.Distinct().Count() != children.Count
            || request.Codes.Any(c => !byCode.ContainsKey(c)))
            throw ProblemException.Field("codes", $"List every child code exactly once: {string.Join(", ", byCode.Keys.Order())}.");

        for (var i = 0; i < request.Codes.Count; i++)
            byCode[request.Codes[i]].SortOrder = i;
        await nodes.SaveOrderAsync(children, ct);
        return true;
    }
}
