using System.Data;
using System.Text.Json;
using AdaptiveLearning.Application.Mail;
using AdaptiveLearning.Application.Notifications;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Scheduling;
using AdaptiveLearning.Domain.Notifications;
using AdaptiveLearning.Infrastructure.Mail;
using AdaptiveLearning.Infrastructure.Questions;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Notifications;

internal sealed class ReminderStore(MySqlDataSource db, MailOutbox outbox) : IReminderStore
{
    /// <summary>
    /// One statement per batch of learners: the due count is a correlated count over (user_id, due), so a batch costs
    /// its learners' due cards, never a scan of every card.
    /// </summary>
    public async Task<IReadOnlyList<ReminderLearner>> LearnersAsync(string? afterUserId, int limit, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<LearnerRow>(new CommandDefinition($"""
            SELECT u.id AS {nameof(LearnerRow.UserId)},
                   IF(u.email_verified_at IS NULL, NULL, u.email) AS {nameof(LearnerRow.Email)},
                   u.time_zone AS {nameof(LearnerRow.TimeZone)},
                   CAST(COALESCE(JSON_VALUE(u.settings, '$.dayStartHour'), 4) AS SIGNED) AS {nameof(LearnerRow.DayStartHour)},
                   {PreferencesRow.Columns},
                   (SELECT COUNT(*)
                    FROM cards c
                    JOIN questions q ON q.id = c.question_id
                    {VisibleQuestions.Joins}
                    WHERE c.user_id = u.id AND c.state <> {(int)CardState.New} AND c.due <= @Now AND c.suspended = 0
                      AND (c.buried_until IS NULL OR c.buried_until <= @Now) AND {VisibleQuestions.Condition}) AS {nameof(LearnerRow.DueCount)}
            FROM users u
            LEFT JOIN notification_settings s ON s.user_id = u.id
            WHERE u.is_active = 1 AND (@After IS NULL OR u.id > @After)
            ORDER BY u.id
            LIMIT @Limit
            """, new { After = afterUserId, Limit = limit, Now = now.UtcDateTime }, cancellationToken: ct));
        return rows.Select(r => r.ToLearner()).ToList();
    }

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<DateOnly>>> ActiveDaysAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<(Guid UserId, DateTime Day)>(new CommandDefinition("""
            SELECT user_id, local_day FROM points_ledger_days WHERE user_id IN @Ids AND answers > 0
            """, new { Ids = userIds.Select(id => id.ToString()).ToList() }, cancellationToken: ct));
        return rows.GroupBy(r => r.UserId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<DateOnly>)g.Select(r => DateOnly.FromDateTime(r.Day)).ToList());
    }

    public async Task<bool> DeliverAsync(Reminder reminder, OutboundMail? mail, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        // The unique (user, type, period) key decides: a concurrent run waits on the key here and then inserts nothing.
        var inserted = await connection.ExecuteAsync(new CommandDefinition("""
            INSERT IGNORE INTO notifications (user_id, type, period, title, body, data, in_app, emailed, created_at)
            VALUES (@UserId, @Type, @Period, @Title, @Body, @Data, @InApp, @Emailed, @Now)
            """, new
        {
            UserId = reminder.UserId.ToString(),
            Type = WireNames.Of(reminder.Type),
            reminder.Period,
            reminder.Title,
            reminder.Body,
            Data = JsonSerializer.Serialize(reminder.Data, JsonSerializerOptions.Web),
            reminder.Channels.InApp,
            Emailed = mail is not null,
            Now = now.UtcDateTime,
        }, transaction, cancellationToken: ct)) == 1;
        if (inserted && mail is not null)
            await outbox.AddAsync(connection, transaction, [mail], ct);
        await transaction.CommitAsync(ct);
        return inserted;
    }

    private sealed class LearnerRow
    {
        public Guid UserId { get; init; }
        public string? Email { get; init; }
        public string TimeZone { get; init; } = "UTC";
        public long DayStartHour { get; init; }
        public string? Channels { get; init; }
        public TimeSpan? QuietStart { get; init; }
        public TimeSpan? QuietEnd { get; init; }
        public long DueCount { get; init; }

        public ReminderLearner ToLearner() => new(UserId, Email, TimeZone, (int)DayStartHour,
            PreferencesRow.ToPreferences(new PreferencesRow { Channels = Channels, QuietStart = QuietStart, QuietEnd = QuietEnd }), (int)DueCount);
    }
}
