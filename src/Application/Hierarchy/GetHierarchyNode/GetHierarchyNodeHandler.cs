using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Hierarchy;

namespace AdaptiveLearning.Application.Hierarchy.GetHierarchyNode;

internal sealed class GetHierarchyNodeHandler(IHierarchyQueries queries) : IHandler<GetHierarchyNodeQuery, HierarchyNodeDto>
{
    public async Task<HierarchyNodeDto> HandleAsync(GetHierarchyNodeQuery request, CancellationToken ct) =>
        await queries.GetNodeAsync(request.Path, request.IncludeInactive, ct)
        ?? throw new ProblemException(Problems.NotFound, $"No hierarchy node at '{request.Path}'.");
}
