using AdaptiveLearning.Domain.Content;
using Dapper;

namespace AdaptiveLearning.Infrastructure.Hierarchy;

/// <summary>
/// "This path is the node or lies below it", the SQL twin of <see cref="HierarchyPath.Covers(string, string)"/>.
/// An escaped LIKE prefix keeps codes' own '_' literal and lets the path index serve the range.
/// </summary>
internal static class PathScopeSql
{
    public const int MaxPaths = 50;

    public static string Within(string column, string path, DynamicParameters parameters, string name)
    {
        parameters.Add(name, path);
        parameters.Add(name + "Prefix", DescendantPattern(path));
        return $"({column} = @{name} OR {column} LIKE @{name}Prefix)";
    }

    /// <summary>Inside any of the paths (at most <see cref="MaxPaths"/>); no paths means the whole hierarchy.</summary>
    public static string WithinAny(string column, IReadOnlyList<string> paths, DynamicParameters parameters, string name = "Scope") =>
        paths.Count == 0
            ? "1 = 1"
            : "(" + string.Join(" OR ", paths.Take(MaxPaths).Select((path, i) => Within(column, path, parameters, name + i))) + ")";

    /// <summary>The topic (first code) of a path column.</summary>
    public static string TopicOf(string column) => $"SUBSTRING_INDEX({column}, '{HierarchyPath.Separator}', 1)";

    public static string DescendantPattern(string path) => EscapeLike(path + HierarchyPath.Separator) + "%";

    private static string EscapeLike(string value) =>
        value.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
}
