namespace AdaptiveLearning.Domain.Content;

/// <summary>The four levels of the hierarchy, top down; a node's level is the number of codes in its path.</summary>
public enum HierarchyLevel
{
    Topic = 1,
    Subtopic = 2,
    Leaf = 3,
    Facet = 4,
}
