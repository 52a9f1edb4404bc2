using AdaptiveLearning.Application.Progress;
using AdaptiveLearning.Infrastructure.Caching;
using AdaptiveLearning.Infrastructure.Hierarchy;
using AdaptiveLearning.Infrastructure.Learning;
using AdaptiveLearning.Infrastructure.Questions;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Progress;

/// <summary>
/// Loads facet-level facts: the learner's in one round trip, the bank's question counts from the content cache
/// (they are the same for every learner and change only with a content write). Rolling up happens in Application.
/// </summary>
internal sealed class ProgressQueries(MySqlDataSource db, ContentCache content) : IProgressQueries
{
    public async Task<bool> NodeExistsAsync(string path, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS(SELECT 1 FROM hierarchy_nodes WHERE path = @Path)", new { Path = path }, cancellationToken: ct));
    }

    public async Task<ProgressFacts> LoadAsync(Guid userId, string? nodePath, DateTimeOffset recentSince, CancellationToken ct)
    {
        var totals = await content.GetOrSetAsync($"progress:totals:{nodePath}", token => TotalsAsync(nodePath, token), ct);
        var parameters = new DynamicParameters(new { UserId = userId.ToString(), Since = recentSince.UtcDateTime });
        var scope = Scope(nodePath, parameters);
        var sql = $"""
            SELECT {CardRecord.Columns}, f.path
            FROM cards c JOIN questions q ON q.id = c.question_id {VisibleQuestions.Joins}
            WHERE c.user_id = @UserId AND {VisibleQuestions.Condition} AND {scope};

            SELECT f.path, COUNT(*) AS answered,
                   CAST(COALESCE(SUM(a.correct = 1), 0) AS SIGNED) AS correct,
                   CAST(COALESCE(SUM(a.time_spent_ms), 0) AS SIGNED) AS time_spent_ms,
                   CAST(COALESCE(SUM(a.answered_at >= @Since), 0) AS SIGNED) AS recent_answered,
                   CAST(COALESCE(SUM(a.answered_at >= @Since AND a.correct = 1), 0) AS SIGNED) AS recent_correct
            FROM attempts a JOIN questions q ON q.id = a.question_id {VisibleQuestions.Joins}
            WHERE a.user_id = @UserId AND {scope}
              AND {AttemptSql.NotUndone}
            GROUP BY f.path;

            SELECT DISTINCT {QuarterHourSql.Of("a.answered_at")}
            FROM attempts a
            WHERE a.user_id = @UserId
              AND {AttemptSql.NotUndone};
            """;
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var grid = await connection.QueryMultipleAsync(new CommandDefinition(sql, parameters, cancellationToken: ct));
        var cards = (await grid.ReadAsync<CardRecord>()).Select(c => new ProgressCard(c.Path ?? "", c.Snapshot)).ToList();
        var attempts = (await grid.ReadAsync<(string Path, long Answered, long Correct, long TimeSpentMs, long RecentAnswered, long RecentCorrect)>())
            .Select(a => new FacetAttempts(a.Path, (int)a.Answered, (int)a.Correct, a.TimeSpentMs, (int)a.RecentAnswered, (int)a.RecentCorrect))
            .ToList();
        var active = (await grid.ReadAsync<DateTime>()).Select(t => new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc))).ToList();
        return new ProgressFacts(totals, cards, attempts, active);
    }

    private async Task<List<FacetTotal>> TotalsAsync(string? nodePath, CancellationToken ct)
    {
        var parameters = new DynamicParameters();
        var sql = $"""
            SELECT f.path, COUNT(*) AS questions
            FROM questions q {VisibleQuestions.Joins}
            WHERE {VisibleQuestions.Condition} AND {Scope(nodePath, parameters)}
            GROUP BY f.path
            """;
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<(string Path, long Questions)>(new CommandDefinition(sql, parameters, cancellationToken: ct));
        return rows.Select(t => new FacetTotal(t.Path, (int)t.Questions)).ToList();
    }

    private static string Scope(string? nodePath, DynamicParameters parameters) =>
        PathScopeSql.WithinAny("f.path", nodePath is null ? [] : [nodePath], parameters);
}
