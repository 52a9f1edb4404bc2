using System.Data;
using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Events;
using AdaptiveLearning.Application.Events.Payloads;
using AdaptiveLearning.Application.Webhooks;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Infrastructure.Audit;
using AdaptiveLearning.Infrastructure.Events;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Webhooks;

/// <summary>
/// Claiming and finishing deliveries. A delivery is claimable when due, its webhook is active, and no earlier event of
/// the same subject is still pending or being sent to that webhook: each webhook receives a subject's events in order.
/// Claims are leased rows taken with SKIP LOCKED, so instances never send the same attempt twice while alive.
/// </summary>
internal sealed class WebhookDeliveries(MySqlDataSource db, WebhookOptions options)
{
    private static readonly string Pending = WireNames.Of(WebhookDeliveryStatus.Pending);
    private static readonly string Sending = WireNames.Of(WebhookDeliveryStatus.Sending);

    public async Task<IReadOnlyList<ClaimedDelivery>> ClaimAsync(string owner, IReadOnlyCollection<Guid> busyWebhooks, int limit, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        // An empty list would not expand to valid SQL; no webhook has the empty id.
        var busy = busyWebhooks.Append(Guid.Empty).ToList();
        var candidates = (await connection.QueryAsync<Guid>(new CommandDefinition("""
            SELECT d.id FROM webhook_deliveries d
            JOIN webhooks w ON w.id = d.webhook_id AND w.active = 1
            WHERE ((d.status = @Pending AND d.next_attempt_at <= UTC_TIMESTAMP(6)) OR (d.status = @Sending AND d.lease_expires_at < UTC_TIMESTAMP(6)))
              AND d.webhook_id NOT IN @Busy
              AND NOT EXISTS (SELECT 1 FROM webhook_deliveries p
                              WHERE p.webhook_id = d.webhook_id AND p.aggregate = d.aggregate AND p.sequence < d.sequence
                                AND p.status IN (@Pending, @Sending))
            ORDER BY d.next_attempt_at
            LIMIT @Limit
            """, new { Pending, Sending, Busy = busy, Limit = limit * 4 }, cancellationToken: ct))).ToList();
        if (candidates.Count == 0)
            return [];

        // READ COMMITTED: the locking read sees the latest committed state, so a row another instance just took is skipped.
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);
        var locked = (await connection.QueryAsync<(Guid Id, Guid WebhookId)>(new CommandDefinition("""
            SELECT id, webhook_id FROM webhook_deliveries
            WHERE id IN @Candidates
              AND ((status = @Pending AND next_attempt_at <= UTC_TIMESTAMP(6)) OR (status = @Sending AND lease_expires_at < UTC_TIMESTAMP(6)))
            ORDER BY next_attempt_at
            FOR UPDATE SKIP LOCKED
            """, new { Candidates = candidates, Pending, Sending }, transaction, cancellationToken: ct))).ToList();
        // One delivery per webhook per claim: a webhook's next one waits until this one is done.
        var claimed = locked.DistinctBy(r => r.WebhookId).Take(limit).Select(r => r.Id).ToList();
        if (claimed.Count == 0)
        {
            await transaction.CommitAsync(ct);
            return [];
        }
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE webhook_deliveries SET status = @Sending, attempts = attempts + 1, lease_owner = @Owner,
                lease_expires_at = UTC_TIMESTAMP(6) + INTERVAL @LeaseSeconds SECOND
            WHERE id IN @Claimed
            """, new { Sending, Owner = owner, Claimed = claimed, LeaseSeconds = (int)options.TimeoutSeconds + 30 }, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);

        return (await connection.QueryAsync<ClaimedDelivery>(new CommandDefinition("""
            SELECT d.id, d.webhook_id, d.attempts, w.url, w.secret, e.seq AS event_seq, e.id AS event_id, e.type, d.aggregate, d.sequence,
                   e.occurred_at, e.payload
            FROM webhook_deliveries d
            JOIN webhooks w ON w.id = d.webhook_id
            JOIN outbox_events e ON e.seq = d.event_seq
            WHERE d.id IN @Claimed AND d.lease_owner = @Owner
            """, new { Claimed = claimed, Owner = owner }, cancellationToken: ct))).ToList();
    }

    /// <summary>Records an attempt: delivered, retried after <paramref name="retryAfter"/>, or failed for good (null).</summary>
    /// <returns>True when the webhook was switched off by this failure.</returns>
    public async Task<bool> FinishAsync(ClaimedDelivery delivery, string owner, AttemptOutcome outcome, TimeSpan? retryAfter, CancellationToken ct)
    {
        var status = outcome.Delivered ? WebhookDeliveryStatus.Delivered : retryAfter is null ? WebhookDeliveryStatus.Failed : WebhookDeliveryStatus.Pending;
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var recorded = await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE webhook_deliveries SET status = @Status, lease_owner = NULL, lease_expires_at = NULL,
                last_status_code = @StatusCode, last_duration_ms = @DurationMs, last_error = @Error, last_attempt_at = UTC_TIMESTAMP(6),
                next_attempt_at = UTC_TIMESTAMP(6) + INTERVAL @DelayMicroseconds MICROSECOND,
                delivered_at = IF(@Delivered, UTC_TIMESTAMP(6), delivered_at)
            WHERE id = @Id AND lease_owner = @Owner
            """, new
            {
                delivery.Id, Owner = owner, Status = WireNames.Of(status), outcome.StatusCode, outcome.DurationMs, outcome.Delivered,
                Error = outcome.Error is { Length: > 500 } e ? e[..500] : outcome.Error,
                DelayMicroseconds = (long)((retryAfter ?? TimeSpan.Zero).TotalMilliseconds * 1000),
            }, transaction, cancellationToken: ct));
        if (recorded == 0)
        {
            await transaction.RollbackAsync(ct);
            return false; // the lease ran out and another instance took the delivery over: its outcome counts
        }
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE webhooks SET consecutive_failures = IF(@Delivered, 0, consecutive_failures + 1) WHERE id = @WebhookId",
            new { outcome.Delivered, delivery.WebhookId }, transaction, cancellationToken: ct));
        var disabled = !outcome.Delivered && await DisableIfFailingAsync(connection, transaction, delivery.WebhookId, ct);
        await transaction.CommitAsync(ct);
        return disabled;
    }

    /// <summary>Hands a delivery back untried (the instance is stopping): due at once, its attempt given back.</summary>
    public async Task ReleaseAsync(ClaimedDelivery delivery, string owner, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE webhook_deliveries SET status = @Pending, attempts = attempts - 1, lease_owner = NULL, lease_expires_at = NULL,
                next_attempt_at = UTC_TIMESTAMP(6)
            WHERE id = @Id AND lease_owner = @Owner
            """, new { delivery.Id, Owner = owner, Pending }, cancellationToken: ct));
    }

    private async Task<bool> DisableIfFailingAsync(MySqlConnection connection, MySqlTransaction transaction, Guid webhookId, CancellationToken ct)
    {
        var reason = $"Switched off after {options.DisableAfterFailures} failed deliveries in a row.";
        var disabled = await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE webhooks SET active = 0, disabled_reason = @Reason, updated_at = UTC_TIMESTAMP(6)
            WHERE id = @WebhookId AND active = 1 AND consecutive_failures >= @Limit
            """, new { WebhookId = webhookId, Reason = reason, Limit = options.DisableAfterFailures }, transaction, cancellationToken: ct)) == 1;
        if (!disabled)
            return false;
        var (ownerId, url) = await connection.QuerySingleAsync<(Guid, string)>(new CommandDefinition(
            "SELECT owner_id, url FROM webhooks WHERE id = @WebhookId", new { WebhookId = webhookId }, transaction, cancellationToken: ct));
        var now = DateTimeOffset.UtcNow;
        await AuditInsert.ExecuteAsync(connection, transaction, new AuditEntry(now, AuditKind.WebhookDisabled, ownerId, null, null, $"{webhookId} {url}: {reason}"), ct);
        // The owner hears of it through any other webhook subscribed to webhook.disabled (this one no longer receives anything).
        await OutboxInsert.ExecuteAsync(connection, transaction, [OutboxInsert.Event(EventTypes.WebhookDisabled, EventAggregates.Webhook(webhookId), null, now,
            new WebhookDisabledData(webhookId, url, ownerId, reason))], ct);
        return true;
    }
}
