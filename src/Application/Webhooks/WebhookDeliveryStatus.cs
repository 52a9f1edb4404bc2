namespace AdaptiveLearning.Application.Webhooks;

/// <summary>pending → sending → delivered, or back to pending for a retry, or failed when the attempts ran out.</summary>
public enum WebhookDeliveryStatus
{
    Pending,
    Sending,
    Delivered,
    Failed,
}
