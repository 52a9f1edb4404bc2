using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Webhooks.GetWebhook;

internal sealed class GetWebhookHandler(IWebhookStore store) : IHandler<GetWebhookQuery, Webhook>
{
    public async Task<Webhook> HandleAsync(GetWebhookQuery request, CancellationToken ct) =>
        await store.GetAsync(request.Id, request.Caller.OwnerFilter, ct) ?? throw new ProblemException(Problems.NotFound);
}
