using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Hierarchy;

/// <summary>A node as frontends see it, with the number of published questions beneath it.</summary>
public sealed record HierarchyNodeDto
{
    public required long Id { get; init; }
    public required string Path { get; init; }
    public required string Code { get; init; }
    public required HierarchyLevel Level { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public int Order { get; init; }
    public bool Active { get; init; } = true;
    public int PublishedQuestions { get; init; }
    public IReadOnlyList<HierarchyNodeDto> Children { get; init; } = [];
}
