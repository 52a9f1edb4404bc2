using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Imports.Format;

/// <summary>A node's name and description from <c>_hierarchy.json</c>.</summary>
public sealed record HierarchyNodeInfo(HierarchyPath Path, string Name, string? Description, int SortOrder);
