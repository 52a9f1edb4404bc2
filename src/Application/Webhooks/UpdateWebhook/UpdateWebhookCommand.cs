namespace AdaptiveLearning.Application.Webhooks.UpdateWebhook;

/// <summary>Null fields stay as they are.</summary>
public sealed record UpdateWebhookCommand(WebhookCaller Caller, Guid Id, string? Url, string? Description, IReadOnlyList<string>? EventTypes, bool? Active);
