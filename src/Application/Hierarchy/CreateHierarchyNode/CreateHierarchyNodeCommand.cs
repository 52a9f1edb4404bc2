namespace AdaptiveLearning.Application.Hierarchy.CreateHierarchyNode;

/// <summary>Creates a topic (no parent) or a child of <see cref="ParentPath"/>.</summary>
public sealed record CreateHierarchyNodeCommand(string? ParentPath, string Code, string Name, string? Description, int? Order);
