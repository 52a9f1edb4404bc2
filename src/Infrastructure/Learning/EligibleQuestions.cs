using Dapper;

namespace AdaptiveLearning.Infrastructure.Learning;

/// <summary>
/// SQL fragments shared by the study queries: which questions a learner may study (published,
/// under a facet whose every ancestor is active) and which lie inside a scope of hierarchy paths.
/// The hierarchy has at most four levels, so three parent joins reach the topic.
/// </summary>
internal static class EligibleQuestions
{
    public const string Published = "published";
    public const int MaxScopePaths = 50;

    /// <summary>Joins the facet (alias f) and its ancestors to questions (alias q).</summary>
    public const string Joins = """
        JOIN hierarchy_nodes f ON f.id = q.facet_id
        LEFT JOIN hierarchy_nodes n1 ON n1.id = f.parent_id
        LEFT JOIN hierarchy_nodes n2 ON n2.id = n1.parent_id
        LEFT JOIN hierarchy_nodes n3 ON n3.id = n2.parent_id
        """;

    public const string Available = """
        (q.status = 'published' AND f.is_active = 1 AND COALESCE(n1.is_active, 1) = 1
         AND COALESCE(n2.is_active, 1) = 1 AND COALESCE(n3.is_active, 1) = 1)
        """;

    /// <summary>"The facet is one of these nodes or below one", with every path as a parameter.</summary>
    public static string InScope(IReadOnlyList<string> scope, DynamicParameters parameters)
    {
        if (scope.Count == 0)
            return "1 = 1";
        var clauses = scope.Take(MaxScopePaths).Select((path, i) =>
        {
            parameters.Add($"Scope{i}", path);
            parameters.Add($"ScopePrefix{i}", path + "__");
            parameters.Add($"ScopePrefixLength{i}", path.Length + 2);
            return $"f.path = @Scope{i} OR LEFT(f.path, @ScopePrefixLength{i}) = @ScopePrefix{i}";
        });
        return "(" + string.Join(" OR ", clauses) + ")";
    }
}
