namespace AdaptiveLearning.Application.Webhooks;

/// <summary>One event's delivery to one webhook, with the outcome of its latest attempt.</summary>
/// <param name="EventId">The event's id: the same on every attempt and redelivery (the <c>Webhook-Id</c> header).</param>
/// <param name="Sequence">The event's number within its subject (aggregate).</param>
/// <param name="LastStatusCode">The receiver's HTTP status on the latest attempt; null when it gave none (refused, timed out).</param>
/// <param name="LastDurationMs">How long the latest attempt took.</param>
/// <param name="LastError">Why the latest attempt failed, when it did.</param>
public sealed record WebhookDelivery(
    Guid Id,
    Guid EventId,
    string EventType,
    string Subject,
    long Sequence,
    WebhookDeliveryStatus Status,
    int Attempts,
    int? LastStatusCode,
    int? LastDurationMs,
    string? LastError,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset CreatedAt);
