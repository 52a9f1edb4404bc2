using AdaptiveLearning.Application.Questions;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Questions;

internal sealed class QuestionQueries(MySqlDataSource db) : IQuestionQueries
{
    public async Task<QuestionDto?> GetAsync(long id, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<QuestionRow>(new CommandDefinition(
            QuestionRow.SelectFrom + " WHERE q.id = @Id", new { Id = id }, cancellationToken: ct));
        return row?.ToDto();
    }

    public async Task<QuestionPage> ListAsync(QuestionSpecification specification, CancellationToken ct)
    {
        var query = QuestionSql.Build(specification);
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = (await connection.QueryAsync<QuestionRow>(new CommandDefinition(query.Page, query.Parameters, cancellationToken: ct))).ToList();
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(query.Count, query.Parameters, cancellationToken: ct));

        var hasMore = rows.Count > specification.Limit;
        var items = rows.Take(specification.Limit).ToList();
        var last = items.LastOrDefault();
        var next = hasMore && last is not null
            ? new QuestionCursor(last.Id, specification.OrdersByRelevance ? last.Score : null).Encode()
            : null;
        return new QuestionPage(items.Select(r => r.ToDto()).ToArray(), next, total);
    }
}
