namespace AdaptiveLearning.Application.Webhooks;

/// <summary>The caller's webhooks (an admin's list holds everyone's), oldest first.</summary>
public sealed record WebhookList(IReadOnlyList<Webhook> Items);
