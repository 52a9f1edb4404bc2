using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Webhooks;

/// <summary>Webhooks and their delivery log. <c>owner</c> null means any owner (an admin); otherwise rows of other owners do not exist.</summary>
public interface IWebhookStore
{
    /// <param name="protectedSecret">The secret as stored (encrypted).</param>
    Task InsertAsync(Webhook webhook, string protectedSecret, AuditEntry audit, CancellationToken ct);

    Task<Webhook?> GetAsync(Guid id, Guid? owner, CancellationToken ct);

    Task<IReadOnlyList<Webhook>> ListAsync(Guid? owner, CancellationToken ct);

    /// <summary>Saves url, description, event types and active; re-activating clears the failure count and reason.</summary>
    Task<Webhook?> UpdateAsync(Webhook changed, AuditEntry audit, CancellationToken ct);

    Task<bool> DeleteAsync(Guid id, Guid? owner, AuditEntry audit, CancellationToken ct);

    Task<Page<WebhookDelivery>> ListDeliveriesAsync(Guid webhookId, KeysetCursor? after, int limit, CancellationToken ct);

    /// <summary>Queues a delivery again now, with its attempts reset; the receiver gets the same event id.</summary>
    /// <returns>The delivery, or null when the webhook has no such delivery.</returns>
    Task<WebhookDelivery?> RedeliverAsync(Guid webhookId, Guid deliveryId, CancellationToken ct);

    /// <summary>Writes a <c>webhook.ping</c> event to the outbox; the publisher makes a delivery for this webhook only.</summary>
    /// <returns>The event's id.</returns>
    Task<Guid> PingAsync(Guid webhookId, DateTimeOffset at, CancellationToken ct);
}
