namespace AdaptiveLearning.Application.Hierarchy.ReorderHierarchyNodes;

/// <summary>Sets the order of a node's children (or of the topics when <see cref="ParentPath"/> is null).</summary>
public sealed record ReorderHierarchyNodesCommand(string? ParentPath, IReadOnlyList<string> Codes);
