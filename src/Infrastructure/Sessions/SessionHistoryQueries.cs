using AdaptiveLearning.Application.Sessions;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Learning;
using AdaptiveLearning.Infrastructure.Learning;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Sessions;

/// <summary>
/// One statement: the page of sessions through the (user_id, started_at) index, then their attempts (by session) and
/// ledger rows summed for that page only, so a long history costs what one page costs.
/// </summary>
internal sealed class SessionHistoryQueries(MySqlDataSource db) : ISessionHistoryQueries
{
    public async Task<(IReadOnlyList<SessionHistoryItem> Items, bool More)> ListAsync(SessionHistoryFilter filter, CancellationToken ct)
    {
        var sql = $"""
            SELECT p.id AS {nameof(Row.Id)}, p.mode AS {nameof(Row.Mode)}, p.scope AS {nameof(Row.Scope)},
                   p.started_at AS {nameof(Row.StartedAt)}, p.ended_at AS {nameof(Row.EndedAt)},
                   COUNT(a.id) AS {nameof(Row.Answered)},
                   CAST(COALESCE(SUM(a.correct = 1), 0) AS SIGNED) AS {nameof(Row.Correct)},
                   CAST(COALESCE(SUM(a.time_spent_ms), 0) AS SIGNED) AS {nameof(Row.TimeSpentMs)},
                   CAST(COALESCE(SUM({AttemptSql.WasNew} AND a.affects_schedule = 1), 0) AS SIGNED) AS {nameof(Row.NewCards)},
                   CAST(COALESCE(SUM({AttemptSql.WasLapse} AND a.affects_schedule = 1), 0) AS SIGNED) AS {nameof(Row.Lapses)},
                   (SELECT CAST(COALESCE(SUM(l.points), 0) AS SIGNED) FROM points_ledger l
                    WHERE l.session_id = p.id AND l.user_id = @UserId) AS {nameof(Row.Points)}
            FROM (SELECT s.id, s.mode, s.scope, s.started_at, s.ended_at
                  FROM learning_sessions s
                  WHERE s.user_id = @UserId
                    AND (@Active IS NULL OR (s.ended_at IS NULL) = @Active)
                    AND (@Mode IS NULL OR s.mode = @Mode)
                    AND (@From IS NULL OR s.started_at >= @From)
                    AND (@To IS NULL OR s.started_at < @To)
                    AND (@AfterAt IS NULL OR s.started_at < @AfterAt OR (s.started_at = @AfterAt AND s.id < @AfterId))
                  ORDER BY s.started_at DESC, s.id DESC
                  LIMIT @Take) p
            LEFT JOIN attempts a ON a.session_id = p.id AND {AttemptSql.NotUndone}
            GROUP BY p.id, p.mode, p.scope, p.started_at, p.ended_at
            ORDER BY p.started_at DESC, p.id DESC
            """;
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = (await connection.QueryAsync<Row>(new CommandDefinition(sql, new
        {
            UserId = filter.UserId.ToString(),
            Active = filter.Status is { } status ? status == SessionStatus.Active : (bool?)null,
            Mode = filter.Mode is { } mode ? WireNames.Of(mode) : null,
            From = filter.From?.UtcDateTime, To = filter.To?.UtcDateTime,
            AfterAt = filter.After?.StartedAt.UtcDateTime, AfterId = filter.After?.Id.ToString(),
            Take = filter.Limit + 1,
        }, cancellationToken: ct))).ToList();
        return (rows.Take(filter.Limit).Select(r => r.ToItem()).ToList(), rows.Count > filter.Limit);
    }

    private sealed class Row
    {
        public Guid Id { get; init; }
        public string Mode { get; init; } = "";
        public string Scope { get; init; } = "[]";
        public DateTimeOffset StartedAt { get; init; }
        public DateTimeOffset? EndedAt { get; init; }
        public long Answered { get; init; }
        public long Correct { get; init; }
        public long TimeSpentMs { get; init; }
        public long NewCards { get; init; }
        public long Lapses { get; init; }
        public long Points { get; init; }

        public SessionHistoryItem ToItem()
        {
            var mode = WireNames.Parse<SessionMode>(Mode);
            // A running mock test reveals nothing about correctness until it ends.
            var hidden = mode == SessionMode.MockTest && EndedAt is null;
            var correct = hidden ? 0 : (int)Correct;
            return new SessionHistoryItem(Id, mode, LearningJson.Deserialize<List<string>>(Scope),
                EndedAt is null ? SessionStatus.Active : SessionStatus.Ended, StartedAt, EndedAt, (int)Answered, correct,
                hidden || Answered == 0 ? null : Math.Round((double)Correct / Answered, 4), TimeSpentMs, (int)NewCards, (int)Lapses,
                Points);
        }
    }
}
