using AdaptiveLearning.Application.Engagement;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Domain.Learning;
using AdaptiveLearning.Infrastructure.Engagement;
using AdaptiveLearning.Infrastructure.Events;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Learning;

internal sealed class CardTransaction(MySqlConnection connection, MySqlTransaction transaction, Guid userId, IReadOnlyList<Card> cards,
    IReadOnlyList<Attempt> storedAttempts) : ICardTransaction
{
    public IReadOnlyList<Card> Cards { get; } = cards;

    public IReadOnlyList<Attempt> StoredAttempts { get; } = storedAttempts;

    /// <summary>Attempts this transaction inserted: they count as recorded once it commits.</summary>
    public int RecordedAttempts { get; private set; }

    public async Task<Attempt?> LastUndoableAttemptAsync(long cardId, CancellationToken ct)
    {
        var row = await connection.QueryFirstOrDefaultAsync<AttemptRecord>(new CommandDefinition($"""
            SELECT {AttemptRecord.Columns} FROM attempts a
            WHERE a.card_id = @CardId AND a.user_id = @UserId AND a.affects_schedule = 1 AND {AttemptSql.NotUndone}
            ORDER BY a.answered_at DESC, a.id DESC
            LIMIT 1
            """, new { CardId = cardId, UserId = userId.ToString() }, transaction, cancellationToken: ct));
        return row?.ToAttempt();
    }

    public async Task<IReadOnlyList<Attempt>> RecordAsync(IReadOnlyList<Attempt> attempts, IReadOnlyCollection<Card> changed,
        IReadOnlyList<PointsEntry> points, DateTimeOffset now, CancellationToken ct)
    {
        if (attempts.Count == 0)
        {
            await SaveAsync(changed, now, ct);
            return [];
        }

        // One round trip: claim the learner's answer order, store the attempts (their ids come back), save the cards,
        // append the points they earned and the answer.recorded events.
        var parameters = new DynamicParameters(new { UserId = userId.ToString(), Now = now.UtcDateTime });
        var sql = new List<string> { "UPDATE users SET last_answer_recorded_at = @Now WHERE id = @UserId" };
        var attemptChunks = attempts.Chunk(MultiRowValues.RowsPerStatement).ToList();
        sql.AddRange(attemptChunks.Select((chunk, i) => $"""
            INSERT INTO attempts ({AttemptRecord.InsertColumns})
            VALUES {MultiRowValues.AddTo(parameters, $"a{i}_", chunk, AttemptRecord.InsertValues)}
            RETURNING id, client_attempt_id
            """));
        sql.AddRange(changed.Chunk(MultiRowValues.RowsPerStatement).Select((chunk, i) =>
            SaveSql(MultiRowValues.AddTo(parameters, $"c{i}_", chunk, SaveValues(now.UtcDateTime)))));
        // The answer.recorded events (and card.leeched after an answer that made a leech) ride in the same batch and
        // transaction (ADR 0021): no extra round trip.
        var events = attempts.SelectMany(a => CardLeechedEvent.Applies(a) ? [AnswerRecordedEvent.Of(a), CardLeechedEvent.Of(a)] : new[] { AnswerRecordedEvent.Of(a) });
        sql.AddRange(OutboxInsert.Statements(parameters, "e", events.ToList()));
        sql.AddRange(points.Chunk(MultiRowValues.RowsPerStatement).Select((chunk, i) => PointsLedgerSql.Insert(parameters, $"p{i}_", userId, chunk, now)));

        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var grid = await connection.QueryMultipleAsync(new CommandDefinition(string.Join(";\n", sql), parameters, transaction,
                         cancellationToken: ct)))
        {
            foreach (var _ in attemptChunks)
                foreach (var (id, clientAttemptId) in await grid.ReadAsync<(long, string)>())
                    ids[clientAttemptId] = id;
        }

        RecordedAttempts += attempts.Count;
        return attempts.Select(a => a with { Id = ids[a.ClientAttemptId] }).ToList();
    }

    public Task MarkUndoneAsync(Attempt attempt, DateTimeOffset at, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO attempt_undos (attempt_id, user_id, undone_at) VALUES (@Id, @UserId, @At);\n" + PointsLedgerSql.ReverseAttempt,
            new { attempt.Id, UserId = userId.ToString(), At = at.UtcDateTime, attempt.ClientAttemptId }, transaction, cancellationToken: ct));

    public async Task SaveAsync(IEnumerable<Card> cards, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var chunk in cards.Chunk(MultiRowValues.RowsPerStatement))
        {
            var (values, parameters) = MultiRowValues.Build(chunk, SaveValues(now.UtcDateTime));
            await connection.ExecuteAsync(new CommandDefinition(SaveSql(values), parameters, transaction, cancellationToken: ct));
        }
    }

    // Every row exists (it is locked), so this only ever takes the UPDATE branch: one statement for many cards.
    private static string SaveSql(string values) => $"""
        INSERT INTO cards (id, user_id, question_id, state, step, stability, difficulty, ease_factor, interval_days,
                           reps, lapses, due, last_review, suspended, buried_until, leech, created_at, updated_at)
        VALUES {values}
        ON DUPLICATE KEY UPDATE
            state = VALUES(state), step = VALUES(step), stability = VALUES(stability), difficulty = VALUES(difficulty),
            ease_factor = VALUES(ease_factor), interval_days = VALUES(interval_days), reps = VALUES(reps),
            lapses = VALUES(lapses), due = VALUES(due), last_review = VALUES(last_review), suspended = VALUES(suspended),
            buried_until = VALUES(buried_until), leech = VALUES(leech), updated_at = VALUES(updated_at)
        """;

    private static IReadOnlyList<Func<Card, object?>> SaveValues(DateTime now) =>
    [
        c => c.Id, c => c.UserId.ToString(), c => c.QuestionId, c => (int)c.Memory.State, c => c.Memory.Step,
        c => c.Memory.Stability, c => c.Memory.Difficulty, c => c.Memory.EaseFactor, c => c.Memory.IntervalDays,
        c => c.Memory.Reps, c => c.Memory.Lapses, c => c.Memory.Due?.UtcDateTime, c => c.Memory.LastReview?.UtcDateTime,
        c => c.Suspended, c => c.BuriedUntil?.UtcDateTime, c => c.Leech, _ => now, _ => now,
    ];
}
