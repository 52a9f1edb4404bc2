namespace AdaptiveLearning.Application.Events.Payloads;

/// <summary>The <c>data</c> of <c>webhook.ping</c>, sent on request to the one webhook it tests.</summary>
/// <param name="WebhookId">The webhook pinged.</param>
public sealed record WebhookPingData(Guid WebhookId);
