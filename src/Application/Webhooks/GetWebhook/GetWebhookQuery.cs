namespace AdaptiveLearning.Application.Webhooks.GetWebhook;

public sealed record GetWebhookQuery(WebhookCaller Caller, Guid Id);
