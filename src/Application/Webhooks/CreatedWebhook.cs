namespace AdaptiveLearning.Application.Webhooks;

/// <param name="Secret">The signing secret, shown in this response only: store it to verify <c>Webhook-Signature</c>.</param>
public sealed record CreatedWebhook(Webhook Webhook, string Secret);
