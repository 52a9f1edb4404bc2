using AdaptiveLearning.Application.Users.GetReviewLog;
using AdaptiveLearning.Infrastructure.Learning;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Users;

internal sealed class ReviewLogQueries(MySqlDataSource db) : IReviewLogQueries
{
    public async Task<IReadOnlyList<ReviewLogEntry>> GetAsync(Guid userId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<(long CardId, int Rating, DateTime AnsweredAt, int TimeSpentMs)>(new CommandDefinition($"""
            SELECT a.card_id, a.rating, a.answered_at, a.time_spent_ms
            FROM attempts a
            WHERE a.user_id = @UserId AND a.affects_schedule = 1
              AND {AttemptSql.NotUndone}
            ORDER BY a.answered_at, a.id
            """, new { UserId = userId.ToString() }, cancellationToken: ct));
        return rows.Select(r => new ReviewLogEntry(r.CardId, r.Rating,
            new DateTimeOffset(DateTime.SpecifyKind(r.AnsweredAt, DateTimeKind.Utc)), r.TimeSpentMs)).ToList();
    }
}
