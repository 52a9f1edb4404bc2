namespace AdaptiveLearning.Api.Features.Webhooks.RedeliverWebhookDelivery;

public sealed class RedeliverWebhookDeliveryRequest
{
    public const string Route = WebhookRequest.Route + "/deliveries/{deliveryId}/redeliver";

    public static string For(Guid id, Guid deliveryId) => Route.Replace("{id}", id.ToString()).Replace("{deliveryId}", deliveryId.ToString());

    /// <summary>The webhook's id.</summary>
    public Guid Id { get; init; }
    /// <summary>The delivery's id from the delivery log.</summary>
    public Guid DeliveryId { get; init; }
}
