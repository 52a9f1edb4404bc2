using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Notifications;
using AdaptiveLearning.Domain.Notifications;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Notifications;

internal sealed class NotificationStore(MySqlDataSource db) : INotificationStore
{
    public async Task<Page<NotificationView>> PageAsync(Guid userId, KeysetCursor? after, int limit, bool unreadOnly, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = (await connection.QueryAsync<NotificationRow>(new CommandDefinition($"""
            SELECT {NotificationRow.Columns}
            FROM notifications
            WHERE user_id = @UserId AND in_app = 1 AND (@After IS NULL OR id < @After) AND (@UnreadOnly = 0 OR read_at IS NULL)
            ORDER BY id DESC
            LIMIT @Take
            """, new { UserId = userId.ToString(), After = after?.Id, UnreadOnly = unreadOnly, Take = limit + 1 }, cancellationToken: ct))).ToList();
        return Page<NotificationView>.FromRows(rows.Select(r => r.ToView()).ToList(), limit, n => new KeysetCursor(n.Id));
    }

    public async Task<int> UnreadCountAsync(Guid userId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM notifications WHERE user_id = @UserId AND in_app = 1 AND read_at IS NULL",
            new { UserId = userId.ToString() }, cancellationToken: ct));
    }

    public async Task<bool> MarkReadAsync(Guid userId, long id, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        // MySqlConnector reports rows found, not rows changed, so reading an already read notification still counts as found.
        return await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE notifications SET read_at = COALESCE(read_at, @Now) WHERE id = @Id AND user_id = @UserId AND in_app = 1
            """, new { Id = id, UserId = userId.ToString(), Now = now.UtcDateTime }, cancellationToken: ct)) == 1;
    }

    public async Task MarkAllReadAsync(Guid userId, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE notifications SET read_at = @Now WHERE user_id = @UserId AND in_app = 1 AND read_at IS NULL",
            new { UserId = userId.ToString(), Now = now.UtcDateTime }, cancellationToken: ct));
    }

    public async Task<NotificationPreferences> PreferencesAsync(Guid userId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<PreferencesRow>(new CommandDefinition($"""
            SELECT {PreferencesRow.Columns} FROM notification_settings s WHERE s.user_id = @UserId
            """, new { UserId = userId.ToString() }, cancellationToken: ct));
        return PreferencesRow.ToPreferences(row);
    }

    public async Task SavePreferencesAsync(Guid userId, NotificationPreferences preferences, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO notification_settings (user_id, channels, quiet_start, quiet_end, updated_at)
            VALUES (@UserId, @Channels, @QuietStart, @QuietEnd, @Now)
            ON DUPLICATE KEY UPDATE channels = VALUES(channels), quiet_start = VALUES(quiet_start), quiet_end = VALUES(quiet_end),
                                    updated_at = VALUES(updated_at)
            """, new
        {
            UserId = userId.ToString(),
            Channels = PreferencesRow.ChannelsJson(preferences),
            QuietStart = preferences.Quiet?.Start.ToTimeSpan(),
            QuietEnd = preferences.Quiet?.End.ToTimeSpan(),
            Now = now.UtcDateTime,
        }, cancellationToken: ct));
    }
}
