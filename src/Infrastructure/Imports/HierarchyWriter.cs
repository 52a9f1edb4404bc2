using AdaptiveLearning.Application.Imports.Format;
using AdaptiveLearning.Domain.Content;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Imports;

/// <summary>
/// Creates missing hierarchy nodes top-down and applies names from <c>_hierarchy.json</c>. A bank has
/// hundreds of nodes, not millions, so a statement per new node is fine here.
/// </summary>
internal static class HierarchyWriter
{
    public static async Task<(Dictionary<string, long> Ids, int Created)> EnsureAsync(MySqlConnection c, MySqlTransaction tx,
        IEnumerable<HierarchyPath> paths, IReadOnlyDictionary<HierarchyPath, HierarchyNodeInfo> infos, DateTime now, CancellationToken ct)
    {
        var wanted = paths.SelectMany(p => p.SelfAndAncestors()).Distinct().OrderBy(p => p.Level).ToList();
        var ids = (await c.QueryAsync<(string Path, long Id)>(new CommandDefinition(
                "SELECT path, id FROM hierarchy_nodes WHERE path IN @Paths",
                new { Paths = wanted.Select(p => p.ToString()).ToList() }, tx, cancellationToken: ct)))
            .ToDictionary(n => n.Path, n => n.Id);
        var created = 0;
        foreach (var path in wanted.Where(p => !ids.ContainsKey(p.ToString())))
        {
            var info = infos.GetValueOrDefault(path);
            ids[path.ToString()] = await c.ExecuteScalarAsync<long>(new CommandDefinition("""
                INSERT INTO hierarchy_nodes (parent_id, level, code, path, name, description, sort_order, created_at, updated_at)
                VALUES (@ParentId, @Level, @Code, @Path, @Name, @Description, @SortOrder, @Now, @Now);
                SELECT LAST_INSERT_ID();
                """, new
            {
                ParentId = path.Parent is { } parent ? ids[parent.ToString()] : (long?)null,
                path.Level,
                path.Code,
                Path = path.ToString(),
                Name = info?.Name ?? path.Code,
                info?.Description,
                SortOrder = info?.SortOrder ?? 0,
                Now = now,
            }, tx, cancellationToken: ct));
            created++;
        }
        return (ids, created);
    }

    /// <returns>How many existing nodes got a different name, description or order.</returns>
    public static async Task<int> DescribeAsync(MySqlConnection c, MySqlTransaction tx, IEnumerable<HierarchyNodeInfo> nodes, DateTime now, CancellationToken ct) =>
        await c.ExecuteAsync(new CommandDefinition("""
            UPDATE hierarchy_nodes SET name = @Name, description = @Description, sort_order = @SortOrder, updated_at = @Now
            WHERE path = @Path AND NOT (name = @Name AND description <=> @Description AND sort_order = @SortOrder)
            """, nodes.Select(n => new { Path = n.Path.ToString(), n.Name, n.Description, n.SortOrder, Now = now }).ToList(),
            tx, cancellationToken: ct));
}
