using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Engagement;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Engagement;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Engagement;

internal sealed class PointsLedger(MySqlDataSource db) : IPointsLedger
{
    public async Task AddAsync(Guid userId, PointsEntry entry, DateTimeOffset now, CancellationToken ct)
    {
        var parameters = new DynamicParameters();
        var sql = PointsLedgerSql.Insert(parameters, "p", userId, [entry], now);
        await using var connection = await db.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: ct));
    }

    public async Task<(long Total, long Today)> TotalsAsync(Guid userId, DateOnly today, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.QuerySingleAsync<(long, long)>(new CommandDefinition("""
            SELECT CAST(COALESCE(SUM(points), 0) AS SIGNED), CAST(COALESCE(SUM(IF(local_day = @Today, points, 0)), 0) AS SIGNED)
            FROM points_ledger_days WHERE user_id = @UserId
            """, new { UserId = userId.ToString(), Today = today.ToDateTime(TimeOnly.MinValue) }, cancellationToken: ct));
    }

    public async Task<PointsPeriods> PeriodTotalsAsync(Guid userId, DateOnly today, DateOnly weekStart, DateOnly monthStart, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var (total, todays, week, month) = await connection.QuerySingleAsync<(long, long, long, long)>(new CommandDefinition("""
            SELECT CAST(COALESCE(SUM(points), 0) AS SIGNED), CAST(COALESCE(SUM(IF(local_day = @Today, points, 0)), 0) AS SIGNED),
                   CAST(COALESCE(SUM(IF(local_day >= @Week, points, 0)), 0) AS SIGNED), CAST(COALESCE(SUM(IF(local_day >= @Month, points, 0)), 0) AS SIGNED)
            FROM points_ledger_days WHERE user_id = @UserId
            """, new
        {
            UserId = userId.ToString(), Today = today.ToDateTime(TimeOnly.MinValue), Week = weekStart.ToDateTime(TimeOnly.MinValue),
            Month = monthStart.ToDateTime(TimeOnly.MinValue),
        }, cancellationToken: ct));
        return new PointsPeriods(total, todays, week, month);
    }

    public async Task<Page<LedgerEntry>> PageAsync(Guid userId, KeysetCursor? after, int limit, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = (await connection.QueryAsync<Row>(new CommandDefinition($"""
            SELECT id AS {nameof(Row.Id)}, source AS {nameof(Row.Source)}, points AS {nameof(Row.Points)}, local_day AS {nameof(Row.LocalDay)},
                   occurred_at AS {nameof(Row.OccurredAt)}, recorded_at AS {nameof(Row.RecordedAt)},
                   attempt_client_id AS {nameof(Row.AttemptClientId)}, session_id AS {nameof(Row.SessionId)}
            FROM points_ledger
            WHERE user_id = @UserId AND (@After IS NULL OR id < @After)
            ORDER BY id DESC
            LIMIT @Take
            """, new { UserId = userId.ToString(), After = after?.Id, Take = limit + 1 }, cancellationToken: ct))).ToList();
        var page = Page<Row>.FromRows(rows, limit, r => new KeysetCursor(r.Id));
        return new Page<LedgerEntry>(page.Items.Select(r => r.ToEntry()).ToList(), page.Next);
    }

    public async Task<IReadOnlyList<DateOnly>> ActiveDaysAsync(Guid userId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var days = await connection.QueryAsync<DateTime>(new CommandDefinition("""
            SELECT local_day FROM points_ledger_days WHERE user_id = @UserId AND answers > 0 ORDER BY local_day
            """, new { UserId = userId.ToString() }, cancellationToken: ct));
        return days.Select(DateOnly.FromDateTime).ToList();
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public string Source { get; init; } = "";
        public int Points { get; init; }
        public DateTime LocalDay { get; init; }
        public DateTimeOffset OccurredAt { get; init; }
        public DateTimeOffset RecordedAt { get; init; }
        public string? AttemptClientId { get; init; }
        public Guid? SessionId { get; init; }

        public LedgerEntry ToEntry() => new(Id, WireNames.Parse<PointsSource>(Source), Points, DateOnly.FromDateTime(LocalDay), OccurredAt,
            RecordedAt, AttemptClientId, SessionId);
    }
}
