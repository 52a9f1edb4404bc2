namespace AdaptiveLearning.Api.Features.Hierarchy.ReorderHierarchyNodes;

public sealed class ReorderHierarchyNodesRequest
{
    public const string Route = "/hierarchy/reorder";

    /// <summary>Whose children to order; omit to order the topics.</summary>
    public string? ParentPath { get; init; }
    /// <summary>Every child code exactly once, in the new order.</summary>
    public IReadOnlyList<string> Codes { get; init; } = [];
}
