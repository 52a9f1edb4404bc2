namespace AdaptiveLearning.Application.Webhooks;

/// <param name="EventId">The ping event's id: its delivery appears in the webhook's delivery log within a second or so.</param>
public sealed record WebhookPing(Guid EventId);
