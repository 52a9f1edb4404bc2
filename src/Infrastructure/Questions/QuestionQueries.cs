using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Questions;

internal sealed class QuestionQueries(MySqlDataSource db) : IQuestionQueries
{
    public async Task<QuestionDto?> GetAsync(long id, ContentViewer viewer, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<QuestionRow>(new CommandDefinition(
            QuestionRow.SelectFrom + " WHERE q.id = @Id", new { Id = id }, cancellationToken: ct));
        var question = row?.ToDto();
        return viewer == ContentViewer.Staff ? question
            : question is { VisibleToLearners: true } ? question.ForLearner()
            : null;
    }

    public async Task<Page<QuestionDto>> ListAsync(QuestionSpecification specification, CancellationToken ct)
    {
        var query = QuestionSql.Build(specification);
        await using var connection = await db.OpenConnectionAsync(ct);
        // The page and its total in one round trip.
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            query.Page + ";\n" + query.Count, query.Parameters, cancellationToken: ct));
        var rows = (await results.ReadAsync<QuestionRow>()).ToList();
        var total = await results.ReadSingleAsync<int>();
        var page = Page<QuestionRow>.FromRows(rows, specification.Limit,
            last => new KeysetCursor(last.Id, specification.OrdersByRelevance ? last.Score : null), total);
        return new Page<QuestionDto>(page.Items.Select(r => specification.LearnerVisibleOnly ? r.ToDto().ForLearner() : r.ToDto()).ToArray(),
            page.Next, page.Total);
    }
}
