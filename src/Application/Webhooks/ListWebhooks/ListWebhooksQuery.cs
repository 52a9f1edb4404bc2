namespace AdaptiveLearning.Application.Webhooks.ListWebhooks;

public sealed record ListWebhooksQuery(WebhookCaller Caller);
