using AdaptiveLearning.Application.Engagement;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Engagement;
using AdaptiveLearning.Domain.Learning;
using AdaptiveLearning.Infrastructure.Learning;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Engagement;

/// <summary>Each part is an index range over one learner's rows, and only the parts a badge needs are sent.</summary>
internal sealed class EngagementFigures(MySqlDataSource db) : IEngagementFigures
{
    private const string Ledger = """
        SELECT CAST(COALESCE(SUM(answers), 0) AS SIGNED), CAST(COALESCE(SUM(points), 0) AS SIGNED) FROM points_ledger WHERE user_id = @UserId;
        """;

    // A running mock test must not reveal correctness, so its answers are graded only once it has ended.
    private static readonly string Correctness = $"""
        SELECT CAST(COALESCE(SUM(a.correct = 1), 0) AS SIGNED), CAST(COUNT(a.correct) AS SIGNED)
        FROM attempts a LEFT JOIN learning_sessions s ON s.id = a.session_id
        WHERE a.user_id = @UserId AND {AttemptSql.NotUndone}
          AND NOT (a.mode = '{WireNames.Of(SessionMode.MockTest)}' AND s.id IS NOT NULL AND s.ended_at IS NULL);
        """;

    private const string Days = """
        SELECT local_day FROM points_ledger WHERE user_id = @UserId GROUP BY local_day HAVING SUM(answers) > 0 ORDER BY local_day;
        """;

    private const string Placements = "SELECT COUNT(*) FROM placement_results WHERE user_id = @UserId;";

    public async Task<LearnerTallies> TalliesAsync(Guid userId, IReadOnlySet<BadgeMetric> needed, CancellationToken ct)
    {
        var ledger = needed.Overlaps([BadgeMetric.AnswersTotal, BadgeMetric.PointsTotal, BadgeMetric.Level]);
        var correctness = needed.Overlaps([BadgeMetric.CorrectTotal, BadgeMetric.Accuracy]);
        var days = needed.Overlaps([BadgeMetric.ActiveDays, BadgeMetric.StreakCurrent, BadgeMetric.StreakLongest]);
        var placements = needed.Contains(BadgeMetric.PlacementCompleted);
        var sql = string.Concat(ledger ? Ledger : "", correctness ? Correctness : "", days ? Days : "", placements ? Placements : "");
        if (sql.Length == 0)
            return new LearnerTallies(0, 0, 0, 0, [], 0);

        await using var connection = await db.OpenConnectionAsync(ct);
        await using var grid = await connection.QueryMultipleAsync(new CommandDefinition(sql, new { UserId = userId.ToString() }, cancellationToken: ct));
        var (answers, points) = ledger ? await grid.ReadSingleAsync<(long, long)>() : (0, 0);
        var (correct, graded) = correctness ? await grid.ReadSingleAsync<(long, long)>() : (0, 0);
        IReadOnlyList<DateOnly> active = days ? (await grid.ReadAsync<DateTime>()).Select(DateOnly.FromDateTime).ToList() : [];
        var placed = placements ? await grid.ReadSingleAsync<int>() : 0;
        return new LearnerTallies(answers, correct, graded, points, active, placed);
    }
}
