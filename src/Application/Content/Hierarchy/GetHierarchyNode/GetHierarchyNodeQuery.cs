namespace AdaptiveLearning.Application.Content.Hierarchy.GetHierarchyNode;

public sealed record GetHierarchyNodeQuery(string Path, bool IncludeInactive);
