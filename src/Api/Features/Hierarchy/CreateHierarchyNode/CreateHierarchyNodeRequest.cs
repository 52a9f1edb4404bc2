namespace AdaptiveLearning.Api.Features.Hierarchy.CreateHierarchyNode;

public sealed class CreateHierarchyNodeRequest
{
    public const string Route = "/hierarchy";

    /// <summary>The parent's path; omit to create a topic.</summary>
    /// <example>driving__signs</example>
    public string? ParentPath { get; init; }
    /// <example>warning</example>
    public string Code { get; init; } = "";
    /// <example>Warning signs</example>
    public string Name { get; init; } = "";
    public string? Description { get; init; }
    /// <summary>Position among siblings; appended last when omitted.</summary>
    public int? Order { get; init; }
}
