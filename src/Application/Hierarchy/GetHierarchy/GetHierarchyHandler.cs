using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Hierarchy;

namespace AdaptiveLearning.Application.Hierarchy.GetHierarchy;

internal sealed class GetHierarchyHandler(IHierarchyQueries queries) : IHandler<GetHierarchyQuery, IReadOnlyList<HierarchyNodeDto>>
{
    public Task<IReadOnlyList<HierarchyNodeDto>> HandleAsync(GetHierarchyQuery request, CancellationToken ct) =>
        queries.GetTreeAsync(request.IncludeInactive, ct);
}
