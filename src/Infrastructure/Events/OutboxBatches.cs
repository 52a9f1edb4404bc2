using System.Data;
using AdaptiveLearning.Infrastructure.Persistence;
using AdaptiveLearning.Infrastructure.Webhooks;
using Dapper;
using Microsoft.Extensions.Logging;
using MySqlConnector;
using StackExchange.Redis;

namespace AdaptiveLearning.Infrastructure.Events;

/// <summary>
/// One publishing step, in one transaction: number the oldest unpublished events per aggregate, create their webhook
/// deliveries, append the learners' events to their Redis streams, mark the events published. Redis comes before the
/// commit, so a failure in between repeats stream entries (same event id) rather than losing them.
/// </summary>
internal sealed class OutboxBatches(MySqlDataSource db, LearnerStreams streams, EventOptions options, ILogger<OutboxBatches> logger)
{
    /// <returns>Events published; null when the lock turned out to be someone else's.</returns>
    public async Task<int?> PublishAsync(ClusterLock held, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);
        // Within an aggregate, seq order is commit order: its writers serialise on a row lock (the learner's users row,
        // the question row) before inserting, so an event is never read here ahead of an earlier one of its aggregate.
        var rows = (await connection.QueryAsync<OutboxRow>(new CommandDefinition("""
            SELECT seq, id, type, aggregate, sequence, user_id, occurred_at, payload
            FROM outbox_events WHERE published_at IS NULL ORDER BY seq LIMIT @Batch
            """, new { Batch = options.BatchSize }, transaction, cancellationToken: ct))).ToList();
        if (rows.Count == 0)
        {
            await transaction.CommitAsync(ct);
            return 0;
        }
        // The fence, only when there is something to publish: an idle poll writes nothing (no Galera write set 4 times a second).
        if (!await held.RenewWithinAsync(connection, transaction, ct))
            return null;

        await NumberAsync(connection, transaction, rows, ct);
        await WebhookFanOut.InsertAsync(connection, transaction, rows, ct);
        await MarkPublishedAsync(connection, transaction, rows, ct);
        await AppendToStreamsAsync(rows);
        await transaction.CommitAsync(ct);
        return rows.Count;
    }

    private static async Task NumberAsync(MySqlConnection connection, MySqlTransaction transaction, List<OutboxRow> rows, CancellationToken ct)
    {
        var last = (await connection.QueryAsync<(string Aggregate, long Sequence)>(new CommandDefinition("""
            SELECT aggregate, MAX(sequence) FROM outbox_events
            WHERE aggregate IN @Aggregates AND sequence IS NOT NULL GROUP BY aggregate
            """, new { Aggregates = rows.Select(r => r.Aggregate).Distinct().ToList() }, transaction, cancellationToken: ct)))
            .ToDictionary(r => r.Aggregate, r => r.Sequence, StringComparer.Ordinal);
        foreach (var row in rows)
            row.Sequence = last[row.Aggregate] = last.GetValueOrDefault(row.Aggregate) + 1;
    }

    private static Task MarkPublishedAsync(MySqlConnection connection, MySqlTransaction transaction, List<OutboxRow> rows, CancellationToken ct)
    {
        var parameters = new DynamicParameters();
        var cases = string.Join(" ", rows.Select((row, i) =>
        {
            parameters.Add($"s{i}", row.Seq);
            parameters.Add($"n{i}", row.Sequence);
            return $"WHEN @s{i} THEN @n{i}";
        }));
        parameters.Add("Seqs", rows.Select(r => r.Seq).ToList());
        return connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE outbox_events SET published_at = UTC_TIMESTAMP(6), sequence = CASE seq {cases} END WHERE seq IN @Seqs",
            parameters, transaction, cancellationToken: ct));
    }

    private async Task AppendToStreamsAsync(List<OutboxRow> rows)
    {
        var learnerEvents = rows.Where(r => r.UserId is not null)
            .Select(r => (r.UserId!.Value, r.Type, EventEnvelope.Serialize(r, options.Source))).ToList();
        if (learnerEvents.Count == 0)
            return;
        try
        {
            await streams.AppendAsync(learnerEvents);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // Webhooks must not stop while Redis is down: live streams miss these events instead (ADR 0021).
            logger.LogWarning(e, "Redis is unavailable: {Count} events were not added to learners' live streams", learnerEvents.Count);
        }
    }
}
