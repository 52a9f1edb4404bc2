using AdaptiveLearning.Application.Users;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Notifications;

/// <summary>The learner's notifications (also those kept only as the record of an email) and preferences, for the export.</summary>
internal sealed class NotificationPersonalData(MySqlDataSource db) : IPersonalDataSource
{
    public string Section => "notifications";

    public async Task<object> ExportAsync(Guid userId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        using var reads = await connection.QueryMultipleAsync(new CommandDefinition("""
            SELECT id, type, period, title, body, data, in_app, emailed, created_at, read_at
            FROM notifications WHERE user_id = @UserId ORDER BY id;
            SELECT channels, quiet_start, quiet_end, updated_at FROM notification_settings WHERE user_id = @UserId;
            """, new { UserId = userId.ToString() }, cancellationToken: ct));
        var notifications = (await reads.ReadAsync()).ToList();
        var preferences = await reads.ReadSingleOrDefaultAsync();
        return new { notifications, preferences };
    }
}
