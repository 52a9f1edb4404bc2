using System.Data;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Domain.Learning;
using AdaptiveLearning.Infrastructure.Observability;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Learning;

/// <summary>
/// Row locks (SELECT ... FOR UPDATE, READ COMMITTED) serialise every change to a card, so two
/// answers racing on one card apply one after the other. Locks are taken in (user, question)
/// index order, which keeps deadlocks rare; when InnoDB still picks this transaction as a deadlock
/// victim, the whole unit of work runs again.
/// </summary>
internal sealed class CardRepository(MySqlDataSource db, OperationalMetrics metrics) : ICardRepository
{
    private const int MaxTries = 5;

    public Task<T> WithQuestionCardsAsync<T>(Guid userId, IReadOnlyCollection<long> questionIds, IReadOnlyCollection<string> clientAttemptIds,
        DateTimeOffset now, Func<ICardTransaction, Task<T>> work, CancellationToken ct) =>
        RunAsync(async (connection, transaction) =>
        {
            // One round trip locks the cards and reads what a racing request may have stored under these client ids;
            // a second one, only for questions never studied, creates their cards and locks them.
            var (cards, stored) = await LockAsync(connection, transaction, userId, "c.question_id IN @Ids", questionIds, clientAttemptIds, [], now, ct);
            var missing = questionIds.Except(cards.Select(c => c.QuestionId)).ToList();
            if (missing.Count > 0)
                cards.AddRange((await LockAsync(connection, transaction, userId, "c.question_id IN @Ids", missing, [], missing, now, ct)).Cards);
            return new CardTransaction(connection, transaction, userId, cards.Select(c => c.ToCard()).ToList(), stored);
        }, work, ct);

    public Task<T> WithCardAsync<T>(Guid userId, long cardId, Func<ICardTransaction, Task<T>> work, CancellationToken ct) =>
        RunAsync(async (connection, transaction) =>
        {
            var (cards, _) = await LockAsync(connection, transaction, userId, "c.id IN @Ids", [cardId], [], [], DateTimeOffset.MinValue, ct);
            return new CardTransaction(connection, transaction, userId, cards.Select(c => c.ToCard()).ToList(), []);
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
                var cards = await begin(connection, transaction);
                var result = await work(cards);
                await transaction.CommitAsync(ct);
                metrics.AnswersRecorded(cards.RecordedAttempts);
                return result;
            }
            catch (MySqlException e) when (attempt < MaxTries && DatabaseConflicts.IsConflict(e))
            {
                await transaction.RollbackAsync(CancellationToken.None);
                metrics.DatabaseConflict(DatabaseConflicts.CardTransaction, e.ErrorCode);
                await Task.Delay(Random.Shared.Next(5, 25) * attempt, ct);
            }
        }
    }

    /// <param name="create">Questions whose cards are created first (a racing transaction's card is kept).</param>
    private static async Task<(List<CardRecord> Cards, IReadOnlyList<Attempt> Stored)> LockAsync(MySqlConnection connection,
        MySqlTransaction transaction, Guid userId, string filter, IReadOnlyCollection<long> ids, IReadOnlyCollection<string> clientAttemptIds,
        IReadOnlyCollection<long> create, DateTimeOffset now, CancellationToken ct)
    {
        var parameters = new DynamicParameters(new { UserId = userId.ToString(), Ids = ids, Now = now.UtcDateTime });
        var sql = new List<string>();
        foreach (var (chunk, i) in create.Order().Chunk(MultiRowValues.RowsPerStatement).Select((chunk, i) => (chunk, i)))
        {
            var rows = chunk.Select((questionId, r) =>
            {
                parameters.Add($"Q{i}_{r}", questionId);
                return $"(@Q{i}_{r}, @UserId, 0, 2.5, 0, 0, 0, @Now, @Now)";
            });
            sql.Add($"""
                INSERT INTO cards (question_id, user_id, state, ease_factor, interval_days, reps, lapses, created_at, updated_at)
                VALUES {string.Join(", ", rows)}
                ON DUPLICATE KEY UPDATE id = id
                """);
        }

        sql.Add($"SELECT {CardRecord.Columns} FROM cards c WHERE c.user_id = @UserId AND {filter} ORDER BY c.question_id FOR UPDATE");
        if (clientAttemptIds.Count > 0)
        {
            parameters.Add("ClientIds", clientAttemptIds);
            sql.Add($"SELECT {AttemptRecord.Columns} FROM attempts a WHERE a.user_id = @UserId AND a.client_attempt_id IN @ClientIds");
        }

        await using var grid = await connection.QueryMultipleAsync(new CommandDefinition(string.Join(";\n", sql), parameters, transaction,
            cancellationToken: ct));
        var cards = (await grid.ReadAsync<CardRecord>()).ToList();
        var stored = clientAttemptIds.Count > 0 ? (await grid.ReadAsync<AttemptRecord>()).Select(r => r.ToAttempt()).ToList() : [];
        return (cards, stored);
    }
}
