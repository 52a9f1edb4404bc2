using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Hierarchy;

namespace AdaptiveLearning.Application.Hierarchy.UpdateHierarchyNode;

internal sealed class UpdateHierarchyNodeHandler(IHierarchyRepository nodes, IHierarchyQueries queries)
    : IHandler<UpdateHierarchyNodeCommand, HierarchyNodeDto>
{
    public async Task<HierarchyNodeDto> HandleAsync(UpdateHierarchyNodeCommand request, CancellationToken ct)
    {
        var node = await nodes.GetAsync(HierarchyPaths.ParseOrThrow(request.Path), ct)
            ?? throw new ProblemException(Problems.NotFound, $"No hierarchy node at '{request.Path}'.");
        node.Name = request.Name?.Trim() ?? node.Name;
        node.Description = request.Description ?? node.Description;
        node.IsActive = request.Active ?? node.IsActive;
        await nodes.SaveAsync(node, ct);
        return (await queries.GetNodeAsync(request.Path, includeInactive: true, ct))!;
    }
}
