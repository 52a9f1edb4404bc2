using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Hierarchy;

/// <summary>A node as frontends see it, with the number of published questions beneath it.</summary>
public sealed record HierarchyNodeDto
{
    /// <summary>The node.</summary>
    public required long Id { get; init; }
    /// <summary>Codes joined by __, topic first: the node's address.</summary>
    public required string Path { get; init; }
    /// <summary>The node's own code.</summary>
    public required string Code { get; init; }
    /// <summary>topic, subtopic, leaf or facet.</summary>
    public required HierarchyLevel Level { get; init; }
    /// <summary>The display name.</summary>
    public required string Name { get; init; }
    /// <summary>What the node covers.</summary>
    public string? Description { get; init; }
    /// <summary>Position among its siblings.</summary>
    public int Order { get; init; }
    /// <summary>Inactive nodes and their questions are hidden from learners.</summary>
    public bool Active { get; init; } = true;
    /// <summary>Published questions at or below the node.</summary>
    public int PublishedQuestions { get; init; }
    /// <summary>The nodes one level down, in order.</summary>
    public IReadOnlyList<HierarchyNodeDto> Children { get; init; } = [];
}
