namespace AdaptiveLearning.Domain.Content;

/// <summary>A topic, subtopic, leaf or facet. Deactivating hides it from learners but keeps its questions and history.</summary>
public sealed class HierarchyNode
{
    public long Id { get; init; }
    public long? ParentId { get; init; }
    public required HierarchyPath Path { get; init; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;

    public int Level => Path.Level;
    public bool IsFacet => Level == HierarchyPath.MaxDepth;

    public static HierarchyLevel LevelOf(int depth) =>
        Enum.IsDefined((HierarchyLevel)depth) ? (HierarchyLevel)depth : throw new ArgumentOutOfRangeException(nameof(depth));
}
