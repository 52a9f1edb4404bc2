using AdaptiveLearning.Application.Engagement;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Engagement;
using AdaptiveLearning.Domain.Learning;
using AdaptiveLearning.Infrastructure.Learning;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Engagement;

internal sealed class EngagementAudit(MySqlDataSource db) : IEngagementAudit
{
    public async Task<IReadOnlyList<Guid>> LearnersAsync(Guid? after, int limit, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var ids = await connection.QueryAsync<Guid>(new CommandDefinition("""
            SELECT id FROM users WHERE @After IS NULL OR id > @After ORDER BY id LIMIT @Limit
            """, new { After = after?.ToString(), Limit = limit }, cancellationToken: ct));
        return ids.ToList();
    }

    public async Task<EngagementHistory> HistoryAsync(Guid userId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var parameters = new { UserId = userId.ToString() };
        // Recording order: requests in the order they were stored, a batch's answers in answeredAt order (as AnswerPoints applies them).
        var answers = await connection.QueryAsync<AttemptRecord, Extra, AuditedAnswer>(new CommandDefinition($"""
            SELECT {AttemptRecord.Columns},
                   EXISTS (SELECT 1 FROM attempt_undos u WHERE u.attempt_id = a.id) AS undone, l.local_day
            FROM attempts a
            LEFT JOIN points_ledger l ON l.user_id = a.user_id AND l.source_key = CONCAT('answer:', a.client_attempt_id)
            WHERE a.user_id = @UserId
            ORDER BY a.recorded_at, a.answered_at, a.id
            """, parameters, cancellationToken: ct),
            (attempt, extra) => new AuditedAnswer(attempt.ToAttempt(), extra.Undone, extra.LocalDay is { } day ? DateOnly.FromDateTime(day) : null),
            splitOn: "undone");
        var sessions = await connection.QueryAsync<(string, long)>(new CommandDefinition($"""
            SELECT s.mode, (SELECT COUNT(*) FROM attempts a WHERE a.session_id = s.id AND {AttemptSql.NotUndone})
            FROM learning_sessions s WHERE s.user_id = @UserId AND s.ended_at IS NOT NULL
            """, parameters, cancellationToken: ct));
        var (points, answered) = await connection.QuerySingleAsync<(long, long)>(new CommandDefinition("""
            SELECT CAST(COALESCE(SUM(points), 0) AS SIGNED), CAST(COALESCE(SUM(answers), 0) AS SIGNED) FROM points_ledger WHERE user_id = @UserId
            """, parameters, cancellationToken: ct));
        return new EngagementHistory(answers.ToList(), sessions.Select(s => (WireNames.Parse<SessionMode>(s.Item1), (int)s.Item2)).ToList(), points, answered);
    }

    private sealed class Extra
    {
        public bool Undone { get; init; }
        public DateTime? LocalDay { get; init; }
    }
}
