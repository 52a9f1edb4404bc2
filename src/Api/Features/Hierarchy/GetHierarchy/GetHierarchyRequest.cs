namespace AdaptiveLearning.Api.Features.Hierarchy.GetHierarchy;

public sealed class GetHierarchyRequest
{
    public const string Route = "/hierarchy";

    /// <summary>Authors and admins only: include deactivated nodes.</summary>
    public bool IncludeInactive { get; init; }
}
