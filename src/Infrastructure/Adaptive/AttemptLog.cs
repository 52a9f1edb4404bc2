using AdaptiveLearning.Application.Adaptive;
using AdaptiveLearning.Domain.Tracing;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Adaptive;

internal sealed class AttemptLog(MySqlDataSource db) : IAttemptLog
{
    public async Task<IReadOnlyList<AttemptRecord>> LoadAsync(CancellationToken ct)
    {
        var sql = $"""
            SELECT a.user_id, a.question_id, q.facet_id, a.answered_at, {AdaptiveQueries.CorrectColumn} AS correct
            FROM attempts a JOIN questions q ON q.id = a.question_id
            WHERE {Learning.AttemptSql.NotUndone}
            ORDER BY a.user_id, a.answered_at, a.id
            """;
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<(Guid UserId, long QuestionId, long FacetId, DateTime AnsweredAt, long Correct)>(
            new CommandDefinition(sql, commandTimeout: 600, cancellationToken: ct));
        return rows.Select(r => new AttemptRecord(r.UserId.ToString(), r.QuestionId.ToString(), r.FacetId.ToString(),
            new DateTimeOffset(DateTime.SpecifyKind(r.AnsweredAt, DateTimeKind.Utc)), r.Correct == 1)).ToList();
    }

    public async Task<long> CountAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM attempts a WHERE {Learning.AttemptSql.NotUndone}", cancellationToken: ct));
    }
}
