using AdaptiveLearning.Application.Cards;
using AdaptiveLearning.Infrastructure.Hierarchy;
using AdaptiveLearning.Infrastructure.Learning;
using Dapper;

namespace AdaptiveLearning.Infrastructure.Cards;

/// <summary>Turns a <see cref="CardListSpecification"/> into SQL in three steps: where, order, page.</summary>
internal static class CardListSql
{
    public static (string Sql, DynamicParameters Parameters) Build(CardListSpecification spec)
    {
        var parameters = new DynamicParameters();
        var where = Where(spec, parameters);
        var sql = $"""
            SELECT {CardRecord.Columns}, f.path
            FROM cards c
            JOIN questions q ON q.id = c.question_id
            JOIN hierarchy_nodes f ON f.id = q.facet_id
            WHERE {string.Join(" AND ", where)}
            ORDER BY c.id
            {Page(spec, parameters)}
            """;
        return (sql, parameters);
    }

    public static IReadOnlyList<string> Where(CardListSpecification spec, DynamicParameters parameters)
    {
        var clauses = new List<string> { "c.user_id = @UserId" };
        parameters.Add("UserId", spec.UserId.ToString());
        if (spec.State is { } state)
        {
            clauses.Add("c.state = @State");
            parameters.Add("State", (int)state);
        }
        if (spec.DueBefore is { } dueBefore)
        {
            clauses.Add("c.due < @DueBefore");
            parameters.Add("DueBefore", dueBefore.UtcDateTime);
        }
        if (spec.NodePath is { } node)
        {
            clauses.Add(PathScopeSql.Within("f.path", node, parameters, "Node"));
        }
        if (spec.Leech is { } leech)
        {
            clauses.Add("c.leech = @Leech");
            parameters.Add("Leech", leech);
        }
        if (spec.Suspended is { } suspended)
        {
            clauses.Add("c.suspended = @Suspended");
            parameters.Add("Suspended", suspended);
        }
        if (spec.After is { } after)
        {
            clauses.Add("c.id > @AfterId");
            parameters.Add("AfterId", after.Id);
        }
        return clauses;
    }

    /// <summary>One row more than the page, so the caller knows whether another page follows.</summary>
    public static string Page(CardListSpecification spec, DynamicParameters parameters)
    {
        parameters.Add("Take", spec.Limit + 1);
        return "LIMIT @Take";
    }
}
