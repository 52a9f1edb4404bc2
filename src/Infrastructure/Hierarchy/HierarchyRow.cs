using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Infrastructure.Hierarchy;

internal sealed class HierarchyRow
{
    public long Id { get; init; }
    public long? ParentId { get; init; }
    public string Path { get; init; } = "";
    public string Name { get; init; } = "";
    public string? Description { get; init; }
    public int SortOrder { get; init; }
    public bool IsActive { get; init; }

    public const string Columns = "id, parent_id, path, name, description, sort_order, is_active";

    public HierarchyNode ToNode() => new()
    {
        Id = Id, ParentId = ParentId, Path = HierarchyPath.Parse(Path), Name = Name, Description = Description,
        SortOrder = SortOrder, IsActive = IsActive,
    };
}
