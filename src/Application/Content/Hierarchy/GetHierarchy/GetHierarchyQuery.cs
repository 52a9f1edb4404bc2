namespace AdaptiveLearning.Application.Content.Hierarchy.GetHierarchy;

public sealed record GetHierarchyQuery(bool IncludeInactive);
