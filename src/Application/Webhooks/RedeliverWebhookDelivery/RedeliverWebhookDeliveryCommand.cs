namespace AdaptiveLearning.Application.Webhooks.RedeliverWebhookDelivery;

public sealed record RedeliverWebhookDeliveryCommand(WebhookCaller Caller, Guid WebhookId, Guid DeliveryId);
