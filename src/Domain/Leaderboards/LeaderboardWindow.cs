using System.Globalization;

namespace AdaptiveLearning.Domain.Leaderboards;

/// <summary>
/// One concrete period: the ISO week or calendar month (both in UTC) that contains an instant, or all time.
/// Every learner competes on the same boundaries whatever their own time zone, so a board has one clock.
/// </summary>
/// <param name="Id">Names the period in storage keys: <c>week:2026-W49</c>, <c>month:2026-12</c>, <c>all</c>.</param>
/// <param name="From">Inclusive start; null for all time.</param>
/// <param name="To">Exclusive end; null for all time.</param>
public sealed record LeaderboardWindow(LeaderboardPeriod Period, string Id, DateTimeOffset? From, DateTimeOffset? To)
{
    public static LeaderboardWindow Containing(LeaderboardPeriod period, DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        switch (period)
        {
            case LeaderboardPeriod.Week:
            {
                var year = ISOWeek.GetYear(utc);
                var week = ISOWeek.GetWeekOfYear(utc);
                var monday = ISOWeek.ToDateTime(year, week, DayOfWeek.Monday);
                var from = new DateTimeOffset(monday, TimeSpan.Zero);
                return new(period, string.Create(CultureInfo.InvariantCulture, $"week:{year:D4}-W{week:D2}"), from, from.AddDays(7));
            }
            case LeaderboardPeriod.Month:
            {
                var from = new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero);
                return new(period, string.Create(CultureInfo.InvariantCulture, $"month:{utc.Year:D4}-{utc.Month:D2}"), from, from.AddMonths(1));
            }
            default:
                return new(LeaderboardPeriod.All, "all", null, null);
        }
    }

    /// <summary>The windows an award at <paramref name="instant"/> counts in.</summary>
    public static IReadOnlyList<LeaderboardWindow> AllContaining(DateTimeOffset instant) =>
        Enum.GetValues<LeaderboardPeriod>().Select(p => Containing(p, instant)).ToList();
}
