namespace AdaptiveLearning.Infrastructure.Progress;

/// <summary>
/// The UTC quarter hour a DATETIME column falls in. Quarter hours are fine enough to place every instant on the right
/// learner day in any time zone (offsets are whole quarter hours, days start on the hour), and coarse enough that a
/// year of activity groups into a few thousand rows at most.
/// </summary>
internal static class QuarterHourSql
{
    public static string Of(string column) =>
        $"CAST(DATE_FORMAT({column}, '%Y-%m-%d %H:00:00') AS DATETIME) + INTERVAL (FLOOR(MINUTE({column}) / 15) * 15) MINUTE";
}
