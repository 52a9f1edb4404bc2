using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Webhooks.PingWebhook;

/// <summary>Sends a signed <c>webhook.ping</c> to this webhook only, to check the receiver and its signature verification.</summary>
internal sealed class PingWebhookHandler(IWebhookStore store, IClock clock) : IHandler<PingWebhookCommand, WebhookPing>
{
    public async Task<WebhookPing> HandleAsync(PingWebhookCommand request, CancellationToken ct)
    {
        _ = await store.GetAsync(request.WebhookId, request.Caller.OwnerFilter, ct) ?? throw new ProblemException(Problems.NotFound);
        return new WebhookPing(await store.PingAsync(request.WebhookId, clock.UtcNow, ct));
    }
}
