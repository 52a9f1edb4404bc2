namespace AdaptiveLearning.Api.Features.Hierarchy.GetHierarchyNode;

public sealed class GetHierarchyNodeRequest
{
    public const string Route = "/hierarchy/{path}";

    /// <summary>topic, topic__subtopic, … up to topic__subtopic__leaf__facet.</summary>
    /// <example>driving__signs</example>
    public string Path { get; init; } = "";

    /// <summary>Authors and admins only: include deactivated nodes.</summary>
    public bool IncludeInactive { get; init; }

    public static string For(string path) => Route.Replace("{path}", path);
}
