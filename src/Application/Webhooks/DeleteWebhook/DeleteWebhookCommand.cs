namespace AdaptiveLearning.Application.Webhooks.DeleteWebhook;

public sealed record DeleteWebhookCommand(WebhookCaller Caller, Guid Id);
