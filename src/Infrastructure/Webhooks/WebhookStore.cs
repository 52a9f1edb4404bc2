using System.Data;
using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Events;
using AdaptiveLearning.Application.Events.Payloads;
using AdaptiveLearning.Application.Webhooks;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Infrastructure.Audit;
using AdaptiveLearning.Infrastructure.Events;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Webhooks;

/// <summary>The webhooks table and its delivery log; every change is written with its audit entry in one transaction.</summary>
internal sealed class WebhookStore(MySqlDataSource db) : IWebhookStore
{
    private const string OwnerMatches = "(@Owner IS NULL OR owner_id = @Owner)";

    public async Task InsertAsync(Webhook webhook, string protectedSecret, AuditEntry audit, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO webhooks (id, owner_id, url, description, event_types, secret, active, consecutive_failures, created_at, updated_at)
            VALUES (@Id, @OwnerId, @Url, @Description, @EventTypes, @Secret, 1, 0, @CreatedAt, @UpdatedAt)
            """, new
            {
                Id = webhook.Id.ToString(), OwnerId = webhook.OwnerId.ToString(), webhook.Url, webhook.Description,
                EventTypes = WebhookEventTypes.Format(webhook.EventTypes), Secret = protectedSecret, webhook.CreatedAt, webhook.UpdatedAt,
            }, transaction, cancellationToken: ct));
        await AuditInsert.ExecuteAsync(connection, transaction, audit, ct);
        await transaction.CommitAsync(ct);
    }

    public async Task<Webhook?> GetAsync(Guid id, Guid? owner, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<WebhookRow>(new CommandDefinition(
            $"SELECT {WebhookRow.Columns} FROM webhooks WHERE id = @Id AND {OwnerMatches}",
            new { Id = id.ToString(), Owner = owner?.ToString() }, cancellationToken: ct));
        return row?.ToView();
    }

    public async Task<IReadOnlyList<Webhook>> ListAsync(Guid? owner, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<WebhookRow>(new CommandDefinition(
            $"SELECT {WebhookRow.Columns} FROM webhooks WHERE {OwnerMatches} ORDER BY seq LIMIT 1000",
            new { Owner = owner?.ToString() }, cancellationToken: ct));
        return rows.Select(r => r.ToView()).ToList();
    }

    public async Task<Webhook?> UpdateAsync(Webhook changed, AuditEntry audit, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        // MariaDB assigns left to right: the failure count and reason are cleared from the state before `active` changes.
        var updated = await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE webhooks SET url = @Url, description = @Description, event_types = @EventTypes,
                consecutive_failures = IF(@Active AND active = 0, 0, consecutive_failures),
                disabled_reason = IF(@Active, NULL, disabled_reason),
                active = @Active, updated_at = @UpdatedAt
            WHERE id = @Id
            """, new
            {
                Id = changed.Id.ToString(), changed.Url, changed.Description, EventTypes = WebhookEventTypes.Format(changed.EventTypes),
                changed.Active, changed.UpdatedAt,
            }, transaction, cancellationToken: ct));
        if (updated == 0)
            return null;
        await AuditInsert.ExecuteAsync(connection, transaction, audit, ct);
        var row = await connection.QuerySingleAsync<WebhookRow>(new CommandDefinition(
            $"SELECT {WebhookRow.Columns} FROM webhooks WHERE id = @Id", new { Id = changed.Id.ToString() }, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
        return row.ToView();
    }

    public async Task<bool> DeleteAsync(Guid id, Guid? owner, AuditEntry audit, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var deleted = await connection.ExecuteAsync(new CommandDefinition(
            $"DELETE FROM webhooks WHERE id = @Id AND {OwnerMatches}", new { Id = id.ToString(), Owner = owner?.ToString() }, transaction, cancellationToken: ct));
        if (deleted == 0)
            return false;
        await AuditInsert.ExecuteAsync(connection, transaction, audit, ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    public async Task<Page<WebhookDelivery>> ListDeliveriesAsync(Guid webhookId, KeysetCursor? after, int limit, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = (await connection.QueryAsync<DeliveryRow>(new CommandDefinition($"""
            {DeliveryRow.Select}
            WHERE d.webhook_id = @WebhookId AND (@After IS NULL OR d.seq < @After)
            ORDER BY d.seq DESC
            LIMIT @Take
            """, new { WebhookId = webhookId.ToString(), After = after?.Id, Take = limit + 1 }, cancellationToken: ct))).ToList();
        var page = Page<DeliveryRow>.FromRows(rows, limit, r => new KeysetCursor(r.Seq));
        return new Page<WebhookDelivery>(page.Items.Select(r => r.ToView()).ToList(), page.Next);
    }

    public async Task<WebhookDelivery?> RedeliverAsync(Guid webhookId, Guid deliveryId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var parameters = new
        {
            Id = deliveryId.ToString(), WebhookId = webhookId.ToString(),
            Pending = WireNames.Of(WebhookDeliveryStatus.Pending), Sending = WireNames.Of(WebhookDeliveryStatus.Sending),
        };
        // The answer is the state this request left the delivery in: read in the same transaction, before the dispatcher
        // (waiting on the row lock) can claim it. One being sent right now is left alone: it is already going out again.
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE webhook_deliveries SET status = @Pending, attempts = 0, next_attempt_at = UTC_TIMESTAMP(6), delivered_at = NULL
            WHERE id = @Id AND webhook_id = @WebhookId AND status <> @Sending
            """, parameters, transaction, cancellationToken: ct));
        var row = await connection.QuerySingleOrDefaultAsync<DeliveryRow>(new CommandDefinition(
            $"{DeliveryRow.Select} WHERE d.id = @Id AND d.webhook_id = @WebhookId", parameters, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
        return row?.ToView();
    }

    public async Task<Guid> PingAsync(Guid webhookId, DateTimeOffset at, CancellationToken ct)
    {
        var ping = OutboxInsert.Event(EventTypes.WebhookPing, EventAggregates.Webhook(webhookId), null, at, new WebhookPingData(webhookId));
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await OutboxInsert.ExecuteAsync(connection, transaction, [ping], ct);
        await transaction.CommitAsync(ct);
        return ping.Id;
    }
}
