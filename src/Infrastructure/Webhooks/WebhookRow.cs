using AdaptiveLearning.Application.Webhooks;

namespace AdaptiveLearning.Infrastructure.Webhooks;

internal sealed class WebhookRow
{
    public const string Columns = "id, owner_id, url, description, event_types, active, disabled_reason, consecutive_failures, created_at, updated_at";

    public Guid Id { get; init; }
    public Guid OwnerId { get; init; }
    public string Url { get; init; } = "";
    public string? Description { get; init; }
    public string EventTypes { get; init; } = "";
    public bool Active { get; init; }
    public string? DisabledReason { get; init; }
    public int ConsecutiveFailures { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public Webhook ToView() => new(Id, Url, Description, WebhookEventTypes.Parse(EventTypes), Active, DisabledReason, ConsecutiveFailures, OwnerId,
        CreatedAt, UpdatedAt);
}
