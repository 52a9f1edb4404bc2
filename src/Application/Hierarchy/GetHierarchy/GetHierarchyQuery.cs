namespace AdaptiveLearning.Application.Hierarchy.GetHierarchy;

public sealed record GetHierarchyQuery(bool IncludeInactive);
