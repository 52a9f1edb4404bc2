using System.Data.Common;
using System.Text.Json;
using AdaptiveLearning.Application.Events;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Infrastructure.Learning;
using Dapper;

namespace AdaptiveLearning.Infrastructure.Events;

/// <summary>
/// The statement that writes events to the outbox. It only inserts (no read of the outbox), so it takes no locks other
/// writers wait on and can be appended to an existing command batch such as the answer transaction's.
/// </summary>
internal static class OutboxInsert
{
    // The API's own rules (camelCase, enums by wire name), so an event's data reads like the API's responses.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web) { Converters = { WireNames.JsonConverter() } };

    private static readonly IReadOnlyList<Func<OutboxEvent, object?>> Values =
    [
        e => e.Id.ToString(), e => e.Type, e => e.Aggregate, e => e.UserId?.ToString(), e => e.OccurredAt.UtcDateTime, e => e.Payload,
    ];

    /// <summary>Adds the events' values to <paramref name="parameters"/> and returns the statements (one per 250 events).</summary>
    public static IEnumerable<string> Statements(DynamicParameters parameters, string prefix, IReadOnlyList<OutboxEvent> events) =>
        events.Chunk(MultiRowValues.RowsPerStatement).Select((chunk, i) =>
            $"INSERT INTO outbox_events (id, type, aggregate, user_id, occurred_at, payload) VALUES {MultiRowValues.AddTo(parameters, $"{prefix}{i}_", chunk, Values)}");

    public static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<OutboxEvent> events, CancellationToken ct)
    {
        if (events.Count == 0)
            return;
        var parameters = new DynamicParameters();
        foreach (var sql in Statements(parameters, "e", events))
            await connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: ct));
    }

    /// <param name="data">The type's record in <see cref="EventTypes.Catalogue"/>: its shape is what the OpenAPI document promises.</param>
    public static OutboxEvent Event<TData>(string type, string aggregate, Guid? userId, DateTimeOffset at, TData data) where TData : class =>
        new(Guid.NewGuid(), type, aggregate, userId, at, JsonSerializer.Serialize(data, Json));
}
