using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Webhooks.UpdateWebhook;

internal sealed class UpdateWebhookHandler(IWebhookStore store, IWebhookTargets targets, IClock clock) : IHandler<UpdateWebhookCommand, Webhook>
{
    public async Task<Webhook> HandleAsync(UpdateWebhookCommand request, CancellationToken ct)
    {
        var current = await store.GetAsync(request.Id, request.Caller.OwnerFilter, ct) ?? throw new ProblemException(Problems.NotFound);
        if (request.Url is not null && request.Url != current.Url)
            await WebhookUrls.EnsureAllowedAsync(targets, request.Url, ct);
        var now = clock.UtcNow;
        var changed = current with
        {
            Url = request.Url ?? current.Url,
            Description = request.Description ?? current.Description,
            EventTypes = request.EventTypes is null ? current.EventTypes : WebhookEventTypes.Normalise(request.EventTypes),
            Active = request.Active ?? current.Active,
            UpdatedAt = now,
        };
        return await store.UpdateAsync(changed,
                   new AuditEntry(now, AuditKind.WebhookChanged, current.OwnerId, request.Caller.Id, request.Caller.Client, WebhookUrls.Describe(changed)), ct)
               ?? throw new ProblemException(Problems.NotFound);
    }
}
