namespace AdaptiveLearning.Application.Hierarchy.GetHierarchyNode;

public sealed record GetHierarchyNodeQuery(string Path, bool IncludeInactive);
