namespace AdaptiveLearning.Infrastructure.Webhooks;

/// <summary>A delivery's target resolved to an address webhooks may not reach; nothing was sent.</summary>
internal sealed class WebhookTargetRefusedException(string message) : Exception(message);
