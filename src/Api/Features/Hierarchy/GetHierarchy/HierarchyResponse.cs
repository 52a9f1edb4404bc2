using AdaptiveLearning.Application.Hierarchy;

namespace AdaptiveLearning.Api.Features.Hierarchy.GetHierarchy;

public sealed record HierarchyResponse(IReadOnlyList<HierarchyNodeDto> Topics);
