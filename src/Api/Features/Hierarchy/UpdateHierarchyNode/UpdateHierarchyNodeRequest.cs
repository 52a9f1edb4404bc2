namespace AdaptiveLearning.Api.Features.Hierarchy.UpdateHierarchyNode;

/// <summary>Only the fields present change. <c>active: false</c> hides the node and everything under it from learners.</summary>
public sealed class UpdateHierarchyNodeRequest
{
    public const string Route = "/hierarchy/{path}";

    public string Path { get; init; } = "";
    public string? Name { get; init; }
    public string? Description { get; init; }
    public bool? Active { get; init; }

    public static string For(string path) => Route.Replace("{path}", path);
}
