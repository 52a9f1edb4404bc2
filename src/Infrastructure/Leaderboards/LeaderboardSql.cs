using AdaptiveLearning.Domain.Leaderboards;
using Dapper;

namespace AdaptiveLearning.Infrastructure.Leaderboards;

/// <summary>Set-based sums over the points ledger, the only source a board is ever built from.</summary>
internal static class LeaderboardSql
{
    /// <summary>
    /// Hidden learners (profile setting <c>leaderboardVisible: false</c>) are left out of every sum. JSON_EXTRACT, not
    /// JSON_VALUE: MariaDB's JSON_VALUE reads a JSON false as '0'.
    /// </summary>
    public const string Visible = "COALESCE(JSON_EXTRACT(u.settings, '$.leaderboardVisible'), 'true') <> 'false'";

    /// <summary>Every visible learner's positive total in one window.</summary>
    public static string Window(LeaderboardWindow window, DynamicParameters parameters)
    {
        parameters.Add("From", window.From?.UtcDateTime);
        parameters.Add("To", window.To?.UtcDateTime);
        return $"""
            SELECT l.user_id AS UserId, CAST(SUM(l.points) AS SIGNED) AS Points
            FROM points_ledger l JOIN users u ON u.id = l.user_id
            WHERE (@From IS NULL OR l.occurred_at >= @From) AND (@To IS NULL OR l.occurred_at < @To) AND {Visible}
            GROUP BY l.user_id
            HAVING SUM(l.points) > 0
            """;
    }

    /// <summary>The given visible learners' totals in each window (column <c>w0</c>, <c>w1</c> … in window order).</summary>
    public static string Learners(IReadOnlyList<LeaderboardWindow> windows, IReadOnlyCollection<Guid> userIds, DynamicParameters parameters)
    {
        parameters.Add("Ids", userIds.Select(id => id.ToString()).ToList());
        var sums = windows.Select((w, i) =>
        {
            parameters.Add($"From{i}", w.From?.UtcDateTime);
            parameters.Add($"To{i}", w.To?.UtcDateTime);
            return $"CAST(COALESCE(SUM(CASE WHEN (@From{i} IS NULL OR l.occurred_at >= @From{i}) AND (@To{i} IS NULL OR l.occurred_at < @To{i}) " +
                   $"THEN l.points END), 0) AS SIGNED) AS w{i}";
        });
        return $"""
            SELECT l.user_id AS UserId, {string.Join(", ", sums)}
            FROM points_ledger l JOIN users u ON u.id = l.user_id
            WHERE l.user_id IN @Ids AND {Visible}
            GROUP BY l.user_id
            """;
    }
}
