using AdaptiveLearning.Application.Hierarchy;
using AdaptiveLearning.Application.Progress;
using AdaptiveLearning.Domain.Content;
using AdaptiveLearning.Infrastructure.Caching;
using AdaptiveLearning.Infrastructure.Hierarchy;
using AdaptiveLearning.Infrastructure.Learning;
using AdaptiveLearning.Infrastructure.Questions;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Progress;

/// <summary>
/// Loads facet-level facts: the learner's in one round trip, the bank's question counts from the content cache
/// (they are the same for every learner and change only with a content write). Which facets are in scope and visible,
/// and their paths, come from the cached hierarchy, so the learner's cards and attempts are joined to their questions
/// only, not each to four hierarchy rows. Rolling up happens in Application.
/// </summary>
internal sealed class ProgressQueries(MySqlDataSource db, ContentCache content, IHierarchyQueries hierarchy) : IProgressQueries
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
        IReadOnlyList<string> scope = nodePath is null ? [] : [nodePath];
        // Cards count on visible questions only; answers count wherever they were given, an inactive facet included.
        var visible = (await hierarchy.FacetsAsync(scope, includeInactive: false, ct)).ToDictionary(f => f.Id, f => f.Path);
        var allFacets = await hierarchy.FacetsAsync([], includeInactive: true, ct);
        var anyFacet = allFacets.Where(f => nodePath is null || HierarchyPath.Covers(nodePath, f.Path)).ToDictionary(f => f.Id, f => f.Path);
        var allIds = allFacets.Select(f => f.Id);
        var parameters = new DynamicParameters(new { UserId = userId.ToString(), Since = recentSince.UtcDateTime });
        var sql = new List<string>();
        if (visible.Count > 0)
            sql.Add($"""
                SELECT {CardRecord.Columns}, q.facet_id
                FROM cards c JOIN questions q ON q.id = c.question_id
                WHERE c.user_id = @UserId AND {VisibleQuestions.Published}
                  AND {FacetFilterSql.For("q.facet_id", visible.Keys, allIds, parameters, "Visible")}
                """);
        if (anyFacet.Count > 0)
            sql.Add($"""
                SELECT q.facet_id, COUNT(*) AS answered,
                       CAST(COALESCE(SUM(a.correct = 1), 0) AS SIGNED) AS correct,
                       CAST(COALESCE(SUM(a.time_spent_ms), 0) AS SIGNED) AS time_spent_ms,
                       CAST(COALESCE(SUM(a.answered_at >= @Since), 0) AS SIGNED) AS recent_answered,
                       CAST(COALESCE(SUM(a.answered_at >= @Since AND a.correct = 1), 0) AS SIGNED) AS recent_correct
                FROM attempts a JOIN questions q ON q.id = a.question_id
                WHERE a.user_id = @UserId AND {FacetFilterSql.For("q.facet_id", anyFacet.Keys, allIds, parameters, "Facets")}
                  AND {AttemptSql.NotUndone}
                GROUP BY q.facet_id
                """);
        sql.Add($"""
            SELECT DISTINCT {QuarterHourSql.Of("a.answered_at")}
            FROM attempts a
            WHERE a.user_id = @UserId
              AND {AttemptSql.NotUndone}
            """);
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var grid = await connection.QueryMultipleAsync(new CommandDefinition(string.Join(";\n", sql), parameters, cancellationToken: ct));
        var cards = visible.Count == 0 ? [] : (await grid.ReadAsync<CardRecord>())
            .Where(c => visible.ContainsKey(c.FacetId))
            .Select(c => new ProgressCard(visible[c.FacetId], c.Snapshot)).ToList();
        var attempts = anyFacet.Count == 0 ? [] : (await grid.ReadAsync<(long FacetId, long Answered, long Correct, long TimeSpentMs, long RecentAnswered, long RecentCorrect)>())
            .Where(a => anyFacet.ContainsKey(a.FacetId))
            .Select(a => new FacetAttempts(anyFacet[a.FacetId], (int)a.Answered, (int)a.Correct, a.TimeSpentMs, (int)a.RecentAnswered, (int)a.RecentCorrect))
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
