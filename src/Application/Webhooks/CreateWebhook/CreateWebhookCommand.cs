namespace AdaptiveLearning.Application.Webhooks.CreateWebhook;

public sealed record CreateWebhookCommand(WebhookCaller Caller, string Url, string? Description, IReadOnlyList<string> EventTypes);
