using AdaptiveLearning.Application.Webhooks;
using AdaptiveLearning.Domain.Common;

namespace AdaptiveLearning.Infrastructure.Webhooks;

internal sealed class DeliveryRow
{
    public const string Select = """
        SELECT d.id, e.id AS event_id, e.type AS event_type, d.aggregate, d.sequence, d.status, d.attempts, d.last_status_code,
               d.last_duration_ms, d.last_error, d.last_attempt_at, d.next_attempt_at, d.delivered_at, d.created_at, d.seq
        FROM webhook_deliveries d JOIN outbox_events e ON e.seq = d.event_seq
        """;

    public Guid Id { get; init; }
    public Guid EventId { get; init; }
    public string EventType { get; init; } = "";
    public string Aggregate { get; init; } = "";
    public long Sequence { get; init; }
    public string Status { get; init; } = "";
    public int Attempts { get; init; }
    public int? LastStatusCode { get; init; }
    public int? LastDurationMs { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset? LastAttemptAt { get; init; }
    public DateTimeOffset NextAttemptAt { get; init; }
    public DateTimeOffset? DeliveredAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public long Seq { get; init; }

    public WebhookDelivery ToView()
    {
        var status = WireNames.Parse<WebhookDeliveryStatus>(Status);
        return new WebhookDelivery(Id, EventId, EventType, Aggregate, Sequence, status, Attempts, LastStatusCode, LastDurationMs, LastError,
            LastAttemptAt, status == WebhookDeliveryStatus.Pending ? NextAttemptAt : null, DeliveredAt, CreatedAt);
    }
}
