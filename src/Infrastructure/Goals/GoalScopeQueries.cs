using AdaptiveLearning.Application.Goals;
using AdaptiveLearning.Infrastructure.Hierarchy;
using AdaptiveLearning.Infrastructure.Learning;
using AdaptiveLearning.Infrastructure.Questions;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Goals;

internal sealed class GoalScopeQueries(MySqlDataSource db) : IGoalScopeQueries
{
    // Answers faster than a second are taps through, slower than ten minutes an abandoned screen: neither is a pace.
    private const int FastestMs = 1_000;
    private const int SlowestMs = 600_000;

    public async Task<GoalScope> ScopeAsync(Guid userId, IReadOnlyList<string> scope, CancellationToken ct)
    {
        var parameters = new DynamicParameters(new { UserId = userId.ToString(), Fastest = FastestMs, Slowest = SlowestMs });
        var within = PathScopeSql.WithinAny("f.path", scope, parameters);
        var sql = $"""
            SELECT {CardRecord.Columns}
            FROM cards c
            JOIN questions q ON q.id = c.question_id
            {VisibleQuestions.Joins}
            WHERE c.user_id = @UserId AND c.suspended = 0 AND {VisibleQuestions.Condition} AND {within};
            SELECT COUNT(*) FROM questions q
            {VisibleQuestions.Joins}
            WHERE {VisibleQuestions.Condition} AND {within}
              AND NOT EXISTS (SELECT 1 FROM cards c WHERE c.user_id = @UserId AND c.question_id = q.id);
            SELECT AVG(t.time_spent_ms) FROM (
                SELECT time_spent_ms FROM attempts
                WHERE user_id = @UserId AND time_spent_ms BETWEEN @Fastest AND @Slowest
                ORDER BY answered_at DESC LIMIT 200) t;
            """;
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var grid = await connection.QueryMultipleAsync(new CommandDefinition(sql, parameters, cancellationToken: ct));
        var cards = (await grid.ReadAsync<CardRecord>()).Select(r => r.Memory).ToList();
        var unseen = await grid.ReadSingleAsync<int>();
        var averageMs = await grid.ReadSingleAsync<double?>();
        return new GoalScope(cards, unseen, averageMs / 1000);
    }

    public async Task<int> PublishedCountAsync(IReadOnlyList<string> scope, CancellationToken ct)
    {
        var parameters = new DynamicParameters();
        var sql = $"""
            SELECT COUNT(*) FROM questions q
            {VisibleQuestions.Joins}
            WHERE {VisibleQuestions.Condition} AND {PathScopeSql.WithinAny("f.path", scope, parameters)}
            """;
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(sql, parameters, cancellationToken: ct));
    }
}
