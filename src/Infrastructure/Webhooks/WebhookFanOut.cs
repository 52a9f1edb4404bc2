using AdaptiveLearning.Application.Events;
using AdaptiveLearning.Application.Webhooks;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Infrastructure.Events;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Webhooks;

/// <summary>
/// Turns published events into deliveries, inside the publisher's transaction: one row per (webhook, event) for every
/// active webhook subscribed to the type. INSERT IGNORE on that pair makes a republished batch add nothing twice.
/// </summary>
internal static class WebhookFanOut
{
    private const int RowsPerStatement = 250;

    public static async Task InsertAsync(MySqlConnection connection, MySqlTransaction transaction, IReadOnlyList<OutboxRow> events, CancellationToken ct)
    {
        var webhooks = (await connection.QueryAsync<(Guid Id, string EventTypes)>(new CommandDefinition(
            "SELECT id, event_types FROM webhooks WHERE active = 1", transaction: transaction, cancellationToken: ct)))
            .Select(w => (w.Id, Types: WebhookEventTypes.Parse(w.EventTypes).ToHashSet(StringComparer.Ordinal))).ToList();
        var rows = events.SelectMany(e => webhooks.Where(w => Receives(w.Id, w.Types, e)).Select(w => (WebhookId: w.Id, Event: e))).ToList();
        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            var parameters = new DynamicParameters(new { Pending = WireNames.Of(WebhookDeliveryStatus.Pending) });
            var values = string.Join(",\n", chunk.Select((row, i) =>
            {
                parameters.Add($"i{i}", Guid.NewGuid().ToString());
                parameters.Add($"w{i}", row.WebhookId.ToString());
                parameters.Add($"e{i}", row.Event.Seq);
                parameters.Add($"a{i}", row.Event.Aggregate);
                parameters.Add($"s{i}", row.Event.Sequence);
                return $"(@i{i}, @w{i}, @e{i}, @a{i}, @s{i}, @Pending, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))";
            }));
            await connection.ExecuteAsync(new CommandDefinition($"""
                INSERT IGNORE INTO webhook_deliveries (id, webhook_id, event_seq, aggregate, sequence, status, next_attempt_at, created_at)
                VALUES {values}
                """, parameters, transaction, cancellationToken: ct));
        }
    }

    /// <summary>A ping goes only to the webhook it tests; every other type to the webhooks subscribed to it.</summary>
    private static bool Receives(Guid webhookId, HashSet<string> types, OutboxRow e) =>
        e.Type == EventTypes.WebhookPing ? e.Aggregate == EventAggregates.Webhook(webhookId) : types.Contains(e.Type);
}
