using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Questions;

internal sealed class QuestionReviewQueries(MySqlDataSource db) : IQuestionReviewQueries
{
    public async Task<Page<ReviewQueueItem>> ListQueueAsync(ReviewQueueSpecification spec, CancellationToken ct)
    {
        var (sql, parameters) = ReviewQueueSql.Build(spec);
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = (await connection.QueryAsync<ReviewQueueRow>(new CommandDefinition(sql, parameters, cancellationToken: ct)))
            .Select(r => r.ToItem()).ToList();
        return Page<ReviewQueueItem>.FromRows(rows, spec.Limit,
            last => new KeysetCursor(last.Id, ReviewQueueSpecification.SubmittedKey(last.SubmittedAt)));
    }

    public async Task<Page<QuestionStatusChange>> ListHistoryAsync(long questionId, KeysetCursor? after, int limit, CancellationToken ct)
    {
        const string sql = """
            SELECT id, occurred_at, actor_id, from_status, to_status, version, reason
            FROM question_status_changes
            WHERE question_id = @QuestionId AND id > @AfterId
            ORDER BY id
            LIMIT @Take
            """;
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = (await connection.QueryAsync<StatusChangeReadRow>(new CommandDefinition(sql,
                new { QuestionId = questionId, AfterId = after?.Id ?? 0, Take = limit + 1 }, cancellationToken: ct)))
            .Select(r => r.ToChange()).ToList();
        return Page<QuestionStatusChange>.FromRows(rows, limit, last => new KeysetCursor(last.Id));
    }
}
