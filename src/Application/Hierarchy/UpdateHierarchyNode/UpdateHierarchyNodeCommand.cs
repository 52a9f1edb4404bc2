namespace AdaptiveLearning.Application.Hierarchy.UpdateHierarchyNode;

/// <summary>Renames, describes, or (de)activates a node; null leaves a value as it is.</summary>
public sealed record UpdateHierarchyNodeCommand(string Path, string? Name, string? Description, bool? Active);
