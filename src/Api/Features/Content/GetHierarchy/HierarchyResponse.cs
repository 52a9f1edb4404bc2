using AdaptiveLearning.Application.Content.Hierarchy;

namespace AdaptiveLearning.Api.Features.Content.GetHierarchy;

public sealed record HierarchyResponse(IReadOnlyList<HierarchyNodeDto> Topics);
