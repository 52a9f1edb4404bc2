namespace AdaptiveLearning.Application.Webhooks.PingWebhook;

public sealed record PingWebhookCommand(WebhookCaller Caller, Guid WebhookId);
