namespace AdaptiveLearning.Application.Webhooks.ListWebhookDeliveries;

public sealed record ListWebhookDeliveriesQuery(WebhookCaller Caller, Guid WebhookId, string? Cursor, int? Limit)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
}
