using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Webhooks.RedeliverWebhookDelivery;

/// <summary>Sends an event again (same event id, fresh attempts), e.g. after the receiver fixed a bug; an inactive webhook waits until re-activated.</summary>
internal sealed class RedeliverWebhookDeliveryHandler(IWebhookStore store) : IHandler<RedeliverWebhookDeliveryCommand, WebhookDelivery>
{
    public async Task<WebhookDelivery> HandleAsync(RedeliverWebhookDeliveryCommand request, CancellationToken ct)
    {
        _ = await store.GetAsync(request.WebhookId, request.Caller.OwnerFilter, ct) ?? throw new ProblemException(Problems.NotFound);
        return await store.RedeliverAsync(request.WebhookId, request.DeliveryId, ct) ?? throw new ProblemException(Problems.NotFound);
    }
}
