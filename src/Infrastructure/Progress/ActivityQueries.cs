using AdaptiveLearning.Application.Progress;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Learning;
using AdaptiveLearning.Infrastructure.Hierarchy;
using AdaptiveLearning.Infrastructure.Learning;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Progress;

/// <summary>Answers through (user_id, answered_at), points through (user_id, occurred_at, points): one statement, grouped by quarter hour.</summary>
internal sealed class ActivityQueries(MySqlDataSource db) : IActivityQueries
{
    public async Task<IReadOnlyList<ActivitySlice>> SlicesAsync(Guid userId, DateTimeOffset from, DateTimeOffset to, string? nodePath,
        CancellationToken ct)
    {
        var parameters = new DynamicParameters(new { UserId = userId.ToString(), From = from.UtcDateTime, To = to.UtcDateTime });
        var (nodeJoin, nodeCondition) = nodePath is null
            ? ("", "")
            : ("JOIN questions q ON q.id = a.question_id JOIN hierarchy_nodes f ON f.id = q.facet_id",
                "AND " + PathScopeSql.Within("f.path", nodePath, parameters, "Node"));
        var sql = $"""
            SELECT {QuarterHourSql.Of("a.answered_at")} AS {nameof(Row.QuarterStart)},
                   COUNT(*) AS {nameof(Row.Answers)},
                   CAST(SUM(a.correct IS NOT NULL AND NOT {AttemptSql.FeedbackHidden}) AS SIGNED) AS {nameof(Row.Graded)},
                   CAST(SUM(a.correct = 1 AND NOT {AttemptSql.FeedbackHidden}) AS SIGNED) AS {nameof(Row.Correct)},
                   CAST(SUM(a.time_spent_ms) AS SIGNED) AS {nameof(Row.TimeSpentMs)},
                   CAST(SUM({AttemptSql.WasNew} AND a.affects_schedule = 1) AS SIGNED) AS {nameof(Row.NewCards)},
                   CAST(SUM({AttemptSql.WasReview} AND a.affects_schedule = 1) AS SIGNED) AS {nameof(Row.Reviews)},
                   0 AS {nameof(Row.Points)}
            FROM attempts a
            LEFT JOIN learning_sessions s ON s.id = a.session_id
            {nodeJoin}
            WHERE a.user_id = @UserId AND a.answered_at >= @From AND a.answered_at < @To AND {AttemptSql.NotUndone} {nodeCondition}
            GROUP BY 1
            UNION ALL
            SELECT {QuarterHourSql.Of("l.occurred_at")}, 0, 0, 0, 0, 0, 0, CAST(SUM(l.points) AS SIGNED)
            FROM points_ledger l
            {(nodePath is null ? "" : "JOIN attempts a ON a.user_id = l.user_id AND a.client_attempt_id = l.attempt_client_id " + nodeJoin)}
            WHERE l.user_id = @UserId AND l.occurred_at >= @From AND l.occurred_at < @To {nodeCondition}
            GROUP BY 1
            """;
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(sql, parameters, cancellationToken: ct));
        return rows.Select(r => new ActivitySlice(new DateTimeOffset(DateTime.SpecifyKind(r.QuarterStart, DateTimeKind.Utc)), (int)r.Answers,
            (int)r.Graded, (int)r.Correct, r.TimeSpentMs, (int)r.NewCards, (int)r.Reviews, r.Points)).ToList();
    }

    private sealed class Row
    {
        public DateTime QuarterStart { get; init; }
        public long Answers { get; init; }
        public long Graded { get; init; }
        public long Correct { get; init; }
        public long TimeSpentMs { get; init; }
        public long NewCards { get; init; }
        public long Reviews { get; init; }
        public long Points { get; init; }
    }
}
