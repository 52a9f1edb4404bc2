using System.Data;
using AdaptiveLearning.Application.Analytics;
using AdaptiveLearning.Domain.ItemAnalysis;
using AdaptiveLearning.Infrastructure.Adaptive;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Analytics;

/// <summary>
/// One run of the item statistics job: take back undone answers that were counted, count the attempts past the
/// watermark in batches, summarise the questions whose sums changed. Each batch commits its sums, its ledger rows and
/// the new watermark together, so a run that dies resumes where its last batch ended and nothing counts twice.
/// </summary>
internal sealed class ItemStatsAggregation(MySqlDataSource db, ItemStatsOptions options, ItemStatsSummaries summaries)
{
    private static readonly string Columns =
        $"a.id, a.user_id, a.question_id, a.question_version, {AdaptiveQueries.CorrectColumn} AS correct, a.selected, a.time_spent_ms";

    public async Task<ItemStatsRun> RunAsync(CancellationToken ct)
    {
        await using (var connection = await db.OpenConnectionAsync(ct))
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT IGNORE INTO item_stats_state (id, attempt_watermark) VALUES (1, 0)", cancellationToken: ct));

        long removed = 0, added = 0;
        int taken;
        while ((taken = await RemoveUndoneBatchAsync(ct)) > 0)
            removed += taken;
        var bound = await SettledBoundAsync(ct);
        while (true)
        {
            var (counted, read) = await AddBatchAsync(bound, ct);
            added += counted;
            if (read < options.BatchSize)
                break;
        }
        var summarised = await summaries.RefreshAsync(ct);

        await using var finish = await db.OpenConnectionAsync(ct);
        var computedAt = await finish.QuerySingleAsync<DateTime>(new CommandDefinition("""
            UPDATE item_stats_state SET computed_at = UTC_TIMESTAMP(6) WHERE id = 1;
            SELECT computed_at FROM item_stats_state WHERE id = 1;
            """, cancellationToken: ct));
        return new ItemStatsRun(added, removed, summarised, ItemStatsQueries.Utc(computedAt)!.Value);
    }

    /// <summary>
    /// The first attempt id too recent to count: attempts below it were recorded at least SettleSeconds ago, so any answer
    /// transaction that took a lower id has committed by now (ids are taken at insert, commits land in any order).
    /// </summary>
    private async Task<long> SettledBoundAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var bound = await connection.ExecuteScalarAsync<long?>(new CommandDefinition("""
            SELECT MIN(a.id) FROM attempts a
            WHERE a.id > (SELECT attempt_watermark FROM item_stats_state WHERE id = 1)
              AND a.recorded_at > UTC_TIMESTAMP(6) - INTERVAL @Settle MICROSECOND
            """, new { Settle = (long)(options.SettleSeconds * 1_000_000) }, commandTimeout: 600, cancellationToken: ct));
        return bound ?? long.MaxValue;
    }

    /// <returns>How many attempts were counted, and how many were read (undone ones are read and skipped).</returns>
    private async Task<(int Counted, int Read)> AddBatchAsync(long bound, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var watermark = await LockStateAsync(connection, tx, ct);
        var rows = (await connection.QueryAsync<TallyRow>(new CommandDefinition($"""
            SELECT {Columns}, EXISTS(SELECT 1 FROM attempt_undos u WHERE u.attempt_id = a.id) AS undone
            FROM attempts a
            WHERE a.id > @Watermark AND a.id < @Bound
            ORDER BY a.id
            LIMIT @Take
            """, new { Watermark = watermark, Bound = bound, Take = options.BatchSize }, tx, cancellationToken: ct))).ToList();
        if (rows.Count == 0)
            return (0, 0);

        var tally = new ItemStatsTally(await LearnersAsync(connection, tx, rows, ct), options.MinAbilityAnswers);
        foreach (var row in rows.Where(r => r.Undone == 0))
            tally.Add(row.ToAnswer());
        await ItemStatsTables.AddAsync(connection, tx, tally, ct);
        await connection.ExecuteAsync(new CommandDefinition("UPDATE item_stats_state SET attempt_watermark = @Watermark WHERE id = 1",
            new { Watermark = rows[^1].Id }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return (tally.Counted.Count, rows.Count);
    }

    /// <summary>
    /// Undone answers that were counted: the ledger row says so and holds the ability they were counted with. Deleting the
    /// row with the subtraction makes it happen once. An answer undone before it was counted has no row and is skipped when
    /// its batch reads it, so this needs no watermark of its own.
    /// </summary>
    private async Task<int> RemoveUndoneBatchAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await LockStateAsync(connection, tx, ct);
        var rows = (await connection.QueryAsync<TallyRow>(new CommandDefinition($"""
            SELECT {Columns}, c.ability
            FROM attempt_undos u
            JOIN item_stats_counted c ON c.attempt_id = u.attempt_id
            JOIN attempts a ON a.id = u.attempt_id
            ORDER BY a.id
            LIMIT @Take
            """, new { Take = options.BatchSize }, tx, cancellationToken: ct))).ToList();
        if (rows.Count == 0)
            return 0;

        var tally = new ItemStatsTally(new Dictionary<string, LearnerTotals>(), options.MinAbilityAnswers);
        foreach (var row in rows)
            tally.Remove(row.ToAnswer());
        await ItemStatsTables.AddAsync(connection, tx, tally, ct);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM item_stats_counted WHERE attempt_id IN @Ids",
            new { Ids = rows.Select(r => r.Id).ToArray() }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return rows.Count;
    }

    /// <summary>
    /// Locks the job's state row for the transaction, so two runs (a retry overlapping a slow run, or two Galera nodes,
    /// where one then fails certification and is retried) never add the same batch twice.
    /// </summary>
    internal static Task<long> LockStateAsync(MySqlConnection connection, MySqlTransaction tx, CancellationToken ct) =>
        connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT attempt_watermark FROM item_stats_state WHERE id = 1 FOR UPDATE", transaction: tx, cancellationToken: ct));

    private static async Task<IReadOnlyDictionary<string, LearnerTotals>> LearnersAsync(
        MySqlConnection connection, MySqlTransaction tx, IReadOnlyList<TallyRow> rows, CancellationToken ct)
    {
        var users = rows.Select(r => r.UserId.ToString()).Distinct().ToArray();
        var totals = await connection.QueryAsync<(Guid UserId, long Attempts, long Correct)>(new CommandDefinition(
            "SELECT user_id, attempts, correct FROM item_stats_learners WHERE user_id IN @Users", new { Users = users }, tx, cancellationToken: ct));
        return totals.ToDictionary(t => t.UserId.ToString(), t => new LearnerTotals(t.Attempts, t.Correct));
    }
}
