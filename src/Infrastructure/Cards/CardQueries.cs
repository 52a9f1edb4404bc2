using AdaptiveLearning.Application.Cards;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Infrastructure.Learning;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Cards;

internal sealed class CardQueries(MySqlDataSource db) : ICardQueries
{
    public async Task<Page<CardRow>> ListAsync(CardListSpecification spec, CancellationToken ct)
    {
        var (sql, parameters) = CardListSql.Build(spec);
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = (await connection.QueryAsync<CardRecord>(new CommandDefinition(sql, parameters, cancellationToken: ct))).Select(ToCardRow).ToList();
        return Page<CardRow>.FromRows(rows, spec.Limit, last => new KeysetCursor(last.Id));
    }

    public async Task<CardRow?> GetAsync(Guid userId, long cardId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<CardRecord>(new CommandDefinition($"""
            SELECT {CardRecord.Columns}, f.path
            FROM cards c
            JOIN questions q ON q.id = c.question_id
            JOIN hierarchy_nodes f ON f.id = q.facet_id
            WHERE c.id = @CardId AND c.user_id = @UserId
            """, new { CardId = cardId, UserId = userId.ToString() }, cancellationToken: ct));
        return row is null ? null : ToCardRow(row);
    }

    private static CardRow ToCardRow(CardRecord r) => new(r.Id, r.QuestionId, r.Path ?? "", r.Snapshot);
}
