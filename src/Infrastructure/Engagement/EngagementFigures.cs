using AdaptiveLearning.Application.Engagement;
using AdaptiveLearning.Domain.Engagement;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Engagement;

/// <summary>
/// Reads the running tallies the database keeps beside the ledger and the attempt log (migration 0026, ADR 0028): a
/// learner's day rows and one correctness row, so the cost follows the days a learner was active, not their answers.
/// Only the parts a badge needs are sent.
/// </summary>
internal sealed class EngagementFigures(MySqlDataSource db) : IEngagementFigures
{
    private const string Days = "SELECT local_day, answers, points FROM points_ledger_days WHERE user_id = @UserId ORDER BY local_day;";

    private const string Correctness = "SELECT correct, graded FROM learner_correctness WHERE user_id = @UserId;";

    private const string Placements = "SELECT COUNT(*) FROM placement_results WHERE user_id = @UserId;";

    public async Task<LearnerTallies> TalliesAsync(Guid userId, IReadOnlySet<BadgeMetric> needed, CancellationToken ct)
    {
        var sql = Sql(needed);
        if (sql.Length == 0)
            return Empty;

        await using var connection = await db.OpenConnectionAsync(ct);
        await using var grid = await connection.QueryMultipleAsync(new CommandDefinition(sql, new { UserId = userId.ToString() }, cancellationToken: ct));
        return await ReadAsync(grid, needed);
    }

    internal static readonly LearnerTallies Empty = new(0, 0, 0, 0, [], 0);

    /// <summary>The statements for <paramref name="needed"/> (empty when none is), reading <c>@UserId</c>.</summary>
    internal static string Sql(IReadOnlySet<BadgeMetric> needed) =>
        string.Concat(NeedsDays(needed) ? Days : "", NeedsCorrectness(needed) ? Correctness : "", NeedsPlacements(needed) ? Placements : "");

    /// <summary>Reads the results of <see cref="Sql"/>'s statements, in their order.</summary>
    internal static async Task<LearnerTallies> ReadAsync(SqlMapper.GridReader grid, IReadOnlySet<BadgeMetric> needed)
    {
        var dayRows = NeedsDays(needed) ? (await grid.ReadAsync<(DateTime Day, int Answers, int Points)>()).ToList() : [];
        var (correct, graded) = NeedsCorrectness(needed) ? await grid.ReadSingleOrDefaultAsync<(long, long)>() : (0, 0);
        var placed = NeedsPlacements(needed) ? await grid.ReadSingleAsync<int>() : 0;
        // A day whose answers were all undone nets to zero answers: it is no longer an active day.
        return new LearnerTallies(dayRows.Sum(d => (long)d.Answers), correct, graded, dayRows.Sum(d => (long)d.Points),
            dayRows.Where(d => d.Answers > 0).Select(d => DateOnly.FromDateTime(d.Day)).ToList(), placed);
    }

    private static bool NeedsDays(IReadOnlySet<BadgeMetric> needed) => needed.Overlaps([BadgeMetric.AnswersTotal, BadgeMetric.PointsTotal,
        BadgeMetric.Level, BadgeMetric.ActiveDays, BadgeMetric.StreakCurrent, BadgeMetric.StreakLongest]);

    private static bool NeedsCorrectness(IReadOnlySet<BadgeMetric> needed) => needed.Overlaps([BadgeMetric.CorrectTotal, BadgeMetric.Accuracy]);

    private static bool NeedsPlacements(IReadOnlySet<BadgeMetric> needed) => needed.Contains(BadgeMetric.PlacementCompleted);
}
