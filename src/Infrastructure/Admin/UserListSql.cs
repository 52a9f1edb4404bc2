using AdaptiveLearning.Application.Admin;
using Dapper;

namespace AdaptiveLearning.Infrastructure.Admin;

/// <summary>Turns a <see cref="UserListSpecification"/> into SQL in three steps: where, order, page.</summary>
internal static class UserListSql
{
    public static (string Sql, DynamicParameters Parameters) Build(UserListSpecification spec)
    {
        var parameters = new DynamicParameters();
        var sql = $"""
            SELECT {ManagedUserRow.Columns}
            FROM users u
            WHERE {string.Join(" AND ", Where(spec, parameters))}
            ORDER BY u.seq
            {Page(spec, parameters)}
            """;
        return (sql, parameters);
    }

    public static IReadOnlyList<string> Where(UserListSpecification spec, DynamicParameters parameters)
    {
        var clauses = new List<string> { "1 = 1" };
        if (spec.Search is { } search)
        {
            clauses.Add("(u.email LIKE @Search OR u.username LIKE @Search OR u.display_name LIKE @Search)");
            parameters.Add("Search", "%" + EscapeLike(search) + "%");
        }
        if (spec.Role is { } role)
        {
            clauses.Add("u.role = @Role");
            parameters.Add("Role", (int)role);
        }
        if (spec.Active is { } active)
        {
            clauses.Add("u.is_active = @Active");
            parameters.Add("Active", active);
        }
        if (spec.After is { } after)
        {
            clauses.Add("u.seq > @AfterSeq");
            parameters.Add("AfterSeq", after.Id);
        }
        return clauses;
    }

    /// <summary>One row more than the page, so the caller knows whether another page follows.</summary>
    public static string Page(UserListSpecification spec, DynamicParameters parameters)
    {
        parameters.Add("Take", spec.Limit + 1);
        return "LIMIT @Take";
    }

    /// <summary>A searched "%" or "_" means itself, not a wildcard (backslash is LIKE's default escape).</summary>
    private static string EscapeLike(string text) => text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
}
