namespace AdaptiveLearning.Application.Webhooks;

/// <summary>Where webhooks may point (ADR 0021): https on a public address, unless the configured allow-list names the host.</summary>
public interface IWebhookTargets
{
    /// <returns>Null when allowed; otherwise why not (resolves the host name, so a name that points inside is refused too).</returns>
    Task<string?> RefusalAsync(Uri url, CancellationToken ct);
}
