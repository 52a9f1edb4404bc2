using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Webhooks.CreateWebhook;

internal sealed class CreateWebhookHandler(IWebhookStore store, IWebhookTargets targets, ISecretProtector protector, IClock clock)
    : IHandler<CreateWebhookCommand, CreatedWebhook>
{
    public const string SecretPrefix = "whsec_";

    public async Task<CreatedWebhook> HandleAsync(CreateWebhookCommand request, CancellationToken ct)
    {
        await WebhookUrls.EnsureAllowedAsync(targets, request.Url, ct);
        var now = clock.UtcNow;
        var types = WebhookEventTypes.Normalise(request.EventTypes);
        var webhook = new Webhook(Guid.NewGuid(), request.Url, request.Description, types, true, null, 0, request.Caller.Id, now, now);
        var secret = SecretPrefix + RandomToken.New();
        await store.InsertAsync(webhook, protector.Protect(webhook.Id, secret),
            new AuditEntry(now, AuditKind.WebhookCreated, request.Caller.Id, request.Caller.Id, request.Caller.Client, WebhookUrls.Describe(webhook)), ct);
        return new CreatedWebhook(webhook, secret);
    }
}
