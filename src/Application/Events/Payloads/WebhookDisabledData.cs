namespace AdaptiveLearning.Application.Events.Payloads;

/// <summary>The <c>data</c> of <c>webhook.disabled</c>, sent to the owner's other webhooks subscribed to it.</summary>
/// <param name="WebhookId">The webhook switched off.</param>
/// <param name="Url">Where it delivered to.</param>
/// <param name="OwnerId">The admin or service account that owns it.</param>
/// <param name="Reason">Why it was switched off.</param>
public sealed record WebhookDisabledData(Guid WebhookId, string Url, Guid OwnerId, string Reason);
