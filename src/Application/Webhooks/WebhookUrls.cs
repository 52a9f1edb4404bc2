using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Webhooks;

internal static class WebhookUrls
{
    public static async Task EnsureAllowedAsync(IWebhookTargets targets, string url, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            throw ProblemException.Field("url", "Must be an absolute URL.");
        if (await targets.RefusalAsync(uri, ct) is { } refusal)
            throw new ProblemException(Problems.WebhookUrlNotAllowed, refusal);
    }

    /// <summary>The audit log's note: which webhook, where to and what for.</summary>
    public static string Describe(Webhook webhook) =>
        $"{webhook.Id} {webhook.Url} [{WebhookEventTypes.Format(webhook.EventTypes)}]{(webhook.Active ? "" : " inactive")}";
}
