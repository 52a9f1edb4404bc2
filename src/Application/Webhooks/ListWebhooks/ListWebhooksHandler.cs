using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Webhooks.ListWebhooks;

internal sealed class ListWebhooksHandler(IWebhookStore store) : IHandler<ListWebhooksQuery, WebhookList>
{
    public async Task<WebhookList> HandleAsync(ListWebhooksQuery request, CancellationToken ct) =>
        new(await store.ListAsync(request.Caller.OwnerFilter, ct));
}
