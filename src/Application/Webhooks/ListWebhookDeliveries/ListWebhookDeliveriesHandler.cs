using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Webhooks.ListWebhookDeliveries;

internal sealed class ListWebhookDeliveriesHandler(IWebhookStore store) : IHandler<ListWebhookDeliveriesQuery, WebhookDeliveryPage>
{
    public async Task<WebhookDeliveryPage> HandleAsync(ListWebhookDeliveriesQuery request, CancellationToken ct)
    {
        var after = KeysetCursor.DecodeOrThrow(request.Cursor, "cursor");
        _ = await store.GetAsync(request.WebhookId, request.Caller.OwnerFilter, ct) ?? throw new ProblemException(Problems.NotFound);
        var page = await store.ListDeliveriesAsync(request.WebhookId, after, request.Limit ?? ListWebhookDeliveriesQuery.DefaultLimit, ct);
        return new WebhookDeliveryPage(page.Items, page.Next?.Encode());
    }
}
