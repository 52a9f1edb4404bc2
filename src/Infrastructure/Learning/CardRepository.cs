using System.Data;
using AdaptiveLearning.Application.Learning;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Learning;

/// <summary>
/// Row locks (SELECT ... FOR UPDATE, READ COMMITTED) serialise every change to a card, so two
/// answers racing on one card apply one after the other. Locks are taken in (user, question)
/// index order, which keeps deadlocks rare; when InnoDB still picks this transaction as a deadlock
/// victim, the whole unit of work runs again.
/// </summary>
internal sealed class CardRepository(MySqlDataSource db) : ICardRepository
{
    private const int MaxTries = 5;

    public Task<T> WithQuestionCardsAsync<T>(Guid userId, IReadOnlyCollection<long> questionIds, DateTimeOffset now,
        Func<ICardTransaction, Task<T>> work, CancellationToken ct) =>
        RunAsync(async (connection, transaction) =>
        {
            var cards = (await LockAsync(connection, transaction, "c.question_id IN @Ids", userId, questionIds, ct)).ToList();
            var missing = questionIds.Except(cards.Select(c => c.QuestionId)).ToList();
            if (missing.Count > 0)
            {
                await InsertNewAsync(connection, transaction, userId, missing, now, ct);
                cards.AddRange(await LockAsync(connection, transaction, "c.question_id IN @Ids", userId, missing, ct));
            }
            return new CardTransaction(connection, transaction, userId, cards.Select(c => c.ToCard()).ToList());
        }, work, ct);

    public Task<T> WithCardAsync<T>(Guid userId, long cardId, Func<ICardTransaction, Task<T>> work, CancellationToken ct) =>
        RunAsync(async (connection, transaction) =>
        {
            var cards = await LockAsync(connection, transaction, "c.id IN @Ids", userId, [cardId], ct);
            return new CardTransaction(connection, transaction, userId, cards.Select(c => c.ToCard()).ToList());
        }, work, ct);

    private async Task<T> RunAsync<T>(Func<MySqlConnection, MySqlTransaction, Task<CardTransaction>> begin,
        Func<ICardTransaction, Task<T>> work, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var connection = await db.OpenConnectionAsync(ct);
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);
            try
            {
                var result = await work(await begin(connection, transaction));
                await transaction.CommitAsync(ct);
                return result;
            }
            catch (MySqlException e) when (attempt < MaxTries && e.ErrorCode is MySqlErrorCode.LockDeadlock or MySqlErrorCode.LockWaitTimeout)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                await Task.Delay(Random.Shared.Next(5, 25) * attempt, ct);
            }
        }
    }

    private static Task<IEnumerable<CardRecord>> LockAsync(MySqlConnection connection, MySqlTransaction transaction,
        string filter, Guid userId, IReadOnlyCollection<long> ids, CancellationToken ct) =>
        connection.QueryAsync<CardRecord>(new CommandDefinition($"""
            SELECT {CardRecord.Columns} FROM cards c
            WHERE c.user_id = @UserId AND {filter}
            ORDER BY c.question_id
            FOR UPDATE
            """, new { UserId = userId.ToString(), Ids = ids }, transaction, cancellationToken: ct));

    private static async Task InsertNewAsync(MySqlConnection connection, MySqlTransaction transaction, Guid userId,
        IReadOnlyList<long> questionIds, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var chunk in questionIds.Order().Chunk(MultiRowValues.RowsPerStatement))
        {
            var parameters = new DynamicParameters(new { UserId = userId.ToString(), Now = now.UtcDateTime });
            var rows = chunk.Select((questionId, i) =>
            {
                parameters.Add($"Q{i}", questionId);
                return $"(@Q{i}, @UserId, 0, 2.5, 0, 0, 0, @Now, @Now)";
            });
            // A racing transaction may have created the same card a moment ago: keep theirs.
            await connection.ExecuteAsync(new CommandDefinition($"""
                INSERT INTO cards (question_id, user_id, state, ease_factor, interval_days, reps, lapses, created_at, updated_at)
                VALUES {string.Join(", ", rows)}
                ON DUPLICATE KEY UPDATE id = id
                """, parameters, transaction, cancellationToken: ct));
        }
    }
}
