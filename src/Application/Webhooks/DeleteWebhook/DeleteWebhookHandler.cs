using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Webhooks.DeleteWebhook;

/// <summary>Deletes a webhook and its delivery log; deliveries in flight finish, nothing more is sent.</summary>
internal sealed class DeleteWebhookHandler(IWebhookStore store, IClock clock) : IHandler<DeleteWebhookCommand, bool>
{
    public async Task<bool> HandleAsync(DeleteWebhookCommand request, CancellationToken ct)
    {
        var current = await store.GetAsync(request.Id, request.Caller.OwnerFilter, ct) ?? throw new ProblemException(Problems.NotFound);
        var audit = new AuditEntry(clock.UtcNow, AuditKind.WebhookDeleted, current.OwnerId, request.Caller.Id, request.Caller.Client, WebhookUrls.Describe(current));
        return await store.DeleteAsync(current.Id, request.Caller.OwnerFilter, audit, ct) ? true : throw new ProblemException(Problems.NotFound);
    }
}
