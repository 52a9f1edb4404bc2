using AdaptiveLearning.Application.Scheduler;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Scheduling;
using AdaptiveLearning.Infrastructure.Learning;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Scheduler;

internal sealed class SchedulerQueries(MySqlDataSource db) : ISchedulerQueries
{
    public async Task<IReadOnlyList<IReadOnlyList<ReviewRecord>>> ReviewHistoriesAsync(Guid userId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<(long CardId, long Rating, DateTime AnsweredAt)>(new CommandDefinition($"""
            SELECT a.card_id, CAST(a.rating AS SIGNED) AS rating, a.answered_at
            FROM attempts a
            WHERE a.user_id = @UserId AND a.affects_schedule = 1
              AND {AttemptSql.NotUndone}
            ORDER BY a.card_id, a.answered_at, a.id
            """, new { UserId = userId.ToString() }, cancellationToken: ct));
        return rows.GroupBy(r => r.CardId)
            .Select(g => (IReadOnlyList<ReviewRecord>)g.Select(r =>
                new ReviewRecord((Rating)r.Rating, new DateTimeOffset(DateTime.SpecifyKind(r.AnsweredAt, DateTimeKind.Utc)))).ToList())
            .ToList();
    }

    public async Task<IReadOnlyList<MemoryState>> CardsAsync(Guid userId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<CardRecord>(new CommandDefinition(
            $"SELECT {CardRecord.Columns} FROM cards c WHERE c.user_id = @UserId AND c.suspended = 0 ORDER BY c.question_id",
            new { UserId = userId.ToString() }, cancellationToken: ct));
        return rows.Select(r => r.Memory).ToList();
    }
}
