using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Infrastructure.Questions;

/// <summary>
/// "A learner may see this question", the one place it is written in SQL: published, under a facet whose
/// every ancestor is active. <see cref="Joins"/> adds the facet (alias f) and its ancestors to questions (alias q);
/// the hierarchy has at most <see cref="HierarchyPath.MaxDepth"/> levels, so three parent joins reach the topic.
/// </summary>
internal static class VisibleQuestions
{
    public const string Joins = """
        JOIN hierarchy_nodes f ON f.id = q.facet_id
        LEFT JOIN hierarchy_nodes n1 ON n1.id = f.parent_id
        LEFT JOIN hierarchy_nodes n2 ON n2.id = n1.parent_id
        LEFT JOIN hierarchy_nodes n3 ON n3.id = n2.parent_id
        """;

    /// <summary>The facet and every node above it are active (needs <see cref="Joins"/>).</summary>
    public const string NodesActive =
        "(f.is_active = 1 AND COALESCE(n1.is_active, 1) = 1 AND COALESCE(n2.is_active, 1) = 1 AND COALESCE(n3.is_active, 1) = 1)";

    public static readonly string Published = $"q.status = '{WireNames.Of(QuestionStatus.Published)}'";

    public static readonly string Condition = $"({Published} AND {NodesActive})";
}
