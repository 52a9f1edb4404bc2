using AdaptiveLearning.Application.Analytics;
using AdaptiveLearning.Infrastructure.Hierarchy;
using Dapper;

namespace AdaptiveLearning.Infrastructure.Analytics;

/// <summary>Turns a <see cref="WeakItemsSpecification"/> into SQL in three steps: where, order (a closed set of scores), page.</summary>
internal static class WeakItemsSql
{
    public static (string Sql, DynamicParameters Parameters) Build(WeakItemsSpecification spec)
    {
        var parameters = new DynamicParameters();
        var score = Score(spec.Sort);
        var sql = $"""
            SELECT s.question_id, q.external_id, f.path, s.version, s.attempts, s.proportion_correct, s.discrimination, s.leech_rate,
                   s.flags, s.computed_at
            FROM item_stats_questions s
            JOIN questions q ON q.id = s.question_id
            JOIN hierarchy_nodes f ON f.id = q.facet_id
            WHERE {string.Join(" AND ", Where(spec, score, parameters))}
            ORDER BY {score}, s.question_id
            {Page(spec, parameters)}
            """;
        return (sql, parameters);
    }

    /// <summary>The SQL twin of <see cref="WeakItemsSpecification.ScoreOf"/>: the same stored doubles, so the cursor compares exactly.</summary>
    public static string Score(WeakItemSort sort) => sort switch
    {
        WeakItemSort.Discrimination => "COALESCE(s.discrimination, 2)",
        WeakItemSort.ProportionCorrect => "COALESCE(s.proportion_correct, 2)",
        WeakItemSort.LeechRate => "-COALESCE(s.leech_rate, -2)",
        WeakItemSort.Attempts => "-s.attempts",
        _ => "-s.flag_count",
    };

    public static IReadOnlyList<string> Where(WeakItemsSpecification spec, string score, DynamicParameters parameters)
    {
        // A summary of an older version is stale until the next run: the current wording has not been judged yet.
        var clauses = new List<string> { "s.flag_count > 0", "s.version = q.version", "s.attempts >= @MinAttempts" };
        parameters.Add("MinAttempts", spec.MinAttempts);
        if (spec.NodePath is { } path)
            clauses.Add(PathScopeSql.Within("f.path", path, parameters, "NodePath"));
        if (spec.After is { Score: { } after } cursor)
        {
            clauses.Add($"({score} > @AfterScore OR ({score} = @AfterScore AND s.question_id > @AfterId))");
            parameters.Add("AfterScore", after);
            parameters.Add("AfterId", cursor.Id);
        }
        return clauses;
    }

    /// <summary>One row more than the page, so the caller knows whether another page follows.</summary>
    public static string Page(WeakItemsSpecification spec, DynamicParameters parameters)
    {
        parameters.Add("Take", spec.Limit + 1);
        return "LIMIT @Take";
    }
}
