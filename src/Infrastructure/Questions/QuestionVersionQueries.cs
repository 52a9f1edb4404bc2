using AdaptiveLearning.Application.Questions;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Questions;

internal sealed class QuestionVersionQueries(MySqlDataSource db) : IQuestionVersionQueries
{
    public async Task<IReadOnlyList<QuestionVersionRecord>> ListAsync(long questionId, int? before, int take, CancellationToken ct)
    {
        const string sql = QuestionVersionRow.Select + "\n" + """
            WHERE v.question_id = @QuestionId AND v.version < @Before
            ORDER BY v.version DESC
            LIMIT @Take
            """;
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<QuestionVersionRow>(new CommandDefinition(sql,
            new { QuestionId = questionId, Before = before ?? int.MaxValue, Take = take }, cancellationToken: ct));
        return rows.Select(r => r.ToRecord()).ToList();
    }

    public async Task<QuestionVersionRecord?> GetAsync(long questionId, int version, CancellationToken ct)
    {
        const string sql = QuestionVersionRow.Select + " WHERE v.question_id = @QuestionId AND v.version = @Version";
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<QuestionVersionRow>(new CommandDefinition(sql,
            new { QuestionId = questionId, Version = version }, cancellationToken: ct));
        return row?.ToRecord();
    }
}
