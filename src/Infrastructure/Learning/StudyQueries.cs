using AdaptiveLearning.Application.Hierarchy;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Domain.Content;
using AdaptiveLearning.Domain.Scheduling;
using AdaptiveLearning.Infrastructure.Hierarchy;
using AdaptiveLearning.Infrastructure.Questions;
using Dapper;
using MySqlConnector;
using SessionCountsRow = (long Answered, long Correct, long TimeSpentMs, long NewCards, long Lapses);

namespace AdaptiveLearning.Infrastructure.Learning;

internal sealed class StudyQueries(MySqlDataSource db, IHierarchyQueries hierarchy) : IStudyQueries
{
    private const string NotHidden = "c.suspended = 0 AND (c.buried_until IS NULL OR c.buried_until <= @Now)";

    public async Task<IReadOnlyList<StudyCard>> DueCardsAsync(Guid userId, IReadOnlyList<long> facetIds, DateTimeOffset now,
        DateTimeOffset dueBefore, int limit, CancellationToken ct)
    {
        if (facetIds.Count == 0)
            return [];
        var parameters = new DynamicParameters(new { UserId = userId.ToString(), Now = now.UtcDateTime, DueBefore = dueBefore.UtcDateTime, Limit = limit });
        var allFacets = (await hierarchy.FacetsAsync([], includeInactive: true, ct)).Select(f => f.Id);
        var sql = $"""
            SELECT {CardRecord.Columns}
            FROM cards c
            JOIN questions q ON q.id = c.question_id
            WHERE c.user_id = @UserId AND c.state <> {(int)CardState.New} AND c.due < @DueBefore AND {NotHidden}
              AND {VisibleQuestions.Published} AND {FacetFilterSql.For("q.facet_id", facetIds, allFacets, parameters, "Facets")}
            ORDER BY c.due
            LIMIT @Limit
            """;
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<CardRecord>(new CommandDefinition(sql, parameters, cancellationToken: ct));
        return rows.Select(r => new StudyCard(r.QuestionId, r.Memory)).ToList();
    }

    /// <summary>
    /// Found facet by facet through the (facet_id, status, id) index, stopping at the limit: the cost follows the facets
    /// visited, not the bank's size. Rounds cover 2, 4, 8 … facets, so a learner at the start of a scope reads one or two.
    /// </summary>
    public async Task<IReadOnlyList<long>> NewQuestionIdsAsync(Guid userId, IReadOnlyList<long> facets, DateTimeOffset now, int limit, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var found = new List<long>();
        for (int next = 0, round = 2; found.Count < limit && next < facets.Count; next += round, round = Math.Min(round * 2, MaxFacetsPerRound))
        {
            var parameters = new DynamicParameters(new { UserId = userId.ToString(), Now = now.UtcDateTime, Limit = limit - found.Count });
            var perFacet = facets.Skip(next).Take(round).Select((facetId, k) =>
            {
                parameters.Add($"F{k}", facetId);
                return $"""
                    (SELECT q.id, {k} AS k FROM questions q
                     LEFT JOIN cards c ON c.user_id = @UserId AND c.question_id = q.id
                     WHERE q.facet_id = @F{k} AND {VisibleQuestions.Published} AND (c.id IS NULL OR (c.state = {(int)CardState.New} AND {NotHidden}))
                     ORDER BY q.id LIMIT @Limit)
                    """;
            });
            var sql = string.Join("\nUNION ALL\n", perFacet) + "\nORDER BY k, id LIMIT @Limit";
            found.AddRange(await connection.QueryAsync<long>(new CommandDefinition(sql, parameters, cancellationToken: ct)));
        }

        return found;
    }

    private const int MaxFacetsPerRound = 64;

    public async Task<IReadOnlyList<StudyCard>> CramCandidatesAsync(Guid userId, Guid sessionId, IReadOnlyList<string> scope,
        DateTimeOffset now, int limit, CancellationToken ct)
    {
        var parameters = new DynamicParameters(new { UserId = userId.ToString(), SessionId = sessionId.ToString(), Limit = limit });
        var sql = $"""
            SELECT q.id AS question_id, COALESCE(c.id, 0) AS id, COALESCE(c.state, {(int)CardState.New}) AS state, c.step, c.stability, c.difficulty,
                   COALESCE(c.ease_factor, 2.5) AS ease_factor, COALESCE(c.interval_days, 0) AS interval_days,
                   COALESCE(c.reps, 0) AS reps, COALESCE(c.lapses, 0) AS lapses, c.due, c.last_review
            FROM questions q
            {VisibleQuestions.Joins}
            LEFT JOIN cards c ON c.user_id = @UserId AND c.question_id = q.id
            WHERE {VisibleQuestions.Condition} AND {PathScopeSql.WithinAny("f.path", scope, parameters)}
              AND (c.id IS NULL OR c.suspended = 0)
              AND NOT EXISTS (SELECT 1 FROM attempts a WHERE a.session_id = @SessionId AND a.question_id = q.id AND {AttemptSql.NotUndone})
            ORDER BY f.path, q.id
            LIMIT @Limit
            """;
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<CardRecord>(new CommandDefinition(sql, parameters, cancellationToken: ct));
        return rows.Select(r => new StudyCard(r.QuestionId, r.Id > 0 ? r.Memory : MemoryState.New)).ToList();
    }

    public async Task<IReadOnlyList<long>> RandomQuestionIdsAsync(IReadOnlyList<string> scope, int count, CancellationToken ct)
    {
        var parameters = new DynamicParameters(new { Count = count });
        var sql = $"""
            SELECT q.id FROM questions q
            {VisibleQuestions.Joins}
            WHERE {VisibleQuestions.Condition} AND {PathScopeSql.WithinAny("f.path", scope, parameters)}
            ORDER BY RAND()
            LIMIT @Count
            """;
        await using var connection = await db.OpenConnectionAsync(ct);
        return (await connection.QueryAsync<long>(new CommandDefinition(sql, parameters, cancellationToken: ct))).ToList();
    }

    public async Task<StudiedToday> StudiedBetweenAsync(Guid userId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleAsync<(long NewCards, long Reviews)>(new CommandDefinition(StudiedBetweenSql,
            new { UserId = userId.ToString(), From = from.UtcDateTime, To = to.UtcDateTime }, cancellationToken: ct));
        return new StudiedToday((int)row.NewCards, (int)row.Reviews);
    }

    private static readonly string StudiedBetweenSql = $"""
        SELECT CAST(COALESCE(SUM({AttemptSql.WasNew}), 0) AS SIGNED), CAST(COALESCE(SUM({AttemptSql.WasReview}), 0) AS SIGNED)
        FROM attempts a
        WHERE a.user_id = @UserId AND a.answered_at >= @From AND a.answered_at < @To AND a.affects_schedule = 1 AND {AttemptSql.NotUndone}
        """;

    public async Task<SessionCounts> SessionCountsAsync(Guid sessionId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return ToCounts(await connection.QuerySingleAsync<SessionCountsRow>(new CommandDefinition(SessionCountsSql,
            new { SessionId = sessionId.ToString() }, cancellationToken: ct)));
    }

    public async Task<(SessionCounts Session, StudiedToday Day)> SessionAndDayCountsAsync(Guid userId, Guid sessionId,
        DateTimeOffset dayStart, DateTimeOffset dayEnd, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var grid = await connection.QueryMultipleAsync(new CommandDefinition(SessionCountsSql + ";\n" + StudiedBetweenSql,
            new { SessionId = sessionId.ToString(), UserId = userId.ToString(), From = dayStart.UtcDateTime, To = dayEnd.UtcDateTime },
            cancellationToken: ct));
        var session = ToCounts(await grid.ReadSingleAsync<SessionCountsRow>());
        var day = await grid.ReadSingleAsync<(long NewCards, long Reviews)>();
        return (session, new StudiedToday((int)day.NewCards, (int)day.Reviews));
    }

    private static readonly string SessionCountsSql = $"""
        SELECT COUNT(*),
               CAST(COALESCE(SUM(a.correct = 1), 0) AS SIGNED),
               CAST(COALESCE(SUM(a.time_spent_ms), 0) AS SIGNED),
               CAST(COALESCE(SUM({AttemptSql.WasNew} AND a.affects_schedule = 1), 0) AS SIGNED),
               CAST(COALESCE(SUM({AttemptSql.WasLapse} AND a.affects_schedule = 1), 0) AS SIGNED)
        FROM attempts a
        WHERE a.session_id = @SessionId AND {AttemptSql.NotUndone}
        """;

    private static SessionCounts ToCounts(SessionCountsRow row) =>
        new((int)row.Answered, (int)row.Correct, row.TimeSpentMs, (int)row.NewCards, (int)row.Lapses);

    public async Task<IReadOnlyList<LearnerQuestion>> LearnerQuestionsAsync(IReadOnlyList<long> questionIds, CancellationToken ct)
    {
        if (questionIds.Count == 0)
            return [];
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = (await connection.QueryAsync<(long Id, int Version, string Content, string Path)>(new CommandDefinition("""
            SELECT q.id, q.version, q.content, f.path
            FROM questions q JOIN hierarchy_nodes f ON f.id = q.facet_id
            WHERE q.id IN @Ids
            """, new { Ids = questionIds }, cancellationToken: ct))).ToDictionary(r => r.Id);
        return questionIds.Where(rows.ContainsKey)
            .Select(id => rows[id])
            .Select(r => LearnerQuestion.From(r.Id, r.Version, r.Path, QuestionContent.FromJson(r.Content))).ToList();
    }
}
