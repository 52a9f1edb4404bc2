using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Application.Sessions;
using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Application.Progress.GetStudyReport;

/// <summary>
/// A weekly or monthly report from the same quarter-hour sums as the activity report: one read covers the period and the
/// one before it; days are placed by the learner's calendar and hours by their time zone.
/// </summary>
internal sealed class GetStudyReportHandler(SessionLoader loader, IActivityQueries activity, IClock clock)
    : IHandler<GetStudyReportQuery, StudyReport>
{
    public async Task<StudyReport> HandleAsync(GetStudyReportQuery query, CancellationToken ct)
    {
        var calendar = LearnerSchedule.For(await loader.LearnerAsync(query.UserId, ct)).Calendar;
        var today = calendar.Date(clock.UtcNow);
        var (from, to) = Bounds(query.Date ?? today, query.Period);
        var (previousFrom, previousTo) = Bounds(from.AddDays(-1), query.Period);
        var start = calendar.StartOfDay(from.DayNumber);
        var slices = await activity.SlicesAsync(query.UserId, calendar.StartOfDay(previousFrom.DayNumber), calendar.StartOfDay(to.DayNumber + 1), null, ct);
        var byDay = ActivityTally.ByDay(slices, calendar);

        var totals = Sum(byDay, from, to);
        var previous = Sum(byDay, previousFrom, previousTo);
        var busiest = Enumerable.Range(from.DayNumber, to.DayNumber - from.DayNumber + 1)
            .Select(d => byDay.GetValueOrDefault(d)?.Answers ?? 0).Max();
        var days = Enumerable.Range(from.DayNumber, to.DayNumber - from.DayNumber + 1).Select(d =>
        {
            var day = byDay.GetValueOrDefault(d) ?? new ActivityTally();
            return new ActivityDay(DateOnly.FromDayNumber(d), day.Answers, day.TimeSpentMs, day.Points, ActivityDay.LevelOf(day.Answers, busiest));
        }).ToList();

        return new StudyReport(query.Period, from, to, to < today, calendar.TimeZone.Id, calendar.DayStartHour, totals, previous,
            ReportChange.Between(totals, previous),
            busiest == 0 ? null : days.First(d => d.Answers == busiest),
            totals.ActiveDays == 0 ? null : Math.Round(totals.TimeSpentMs / 60_000.0 / totals.ActiveDays, 1),
            totals.Answers == 0 ? null : Math.Round(totals.TimeSpentMs / 1000.0 / totals.Answers, 1),
            days,
            ByHour(slices.Where(s => s.QuarterStart >= start), calendar.TimeZone));
    }

    /// <summary>The ISO week (Monday first) or calendar month that holds <paramref name="date"/>.</summary>
    private static (DateOnly From, DateOnly To) Bounds(DateOnly date, ReportPeriod period) => period switch
    {
        ReportPeriod.Month => (new DateOnly(date.Year, date.Month, 1), new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month))),
        _ => (date.AddDays(-(((int)date.DayOfWeek + 6) % 7)), date.AddDays(6 - (((int)date.DayOfWeek + 6) % 7))),
    };

    private static ActivityPeriod Sum(Dictionary<int, ActivityTally> byDay, DateOnly from, DateOnly to)
    {
        var sum = new ActivityTally();
        for (var day = from.DayNumber; day <= to.DayNumber; day++)
            sum.Add(byDay.GetValueOrDefault(day) ?? new ActivityTally());
        return sum.ToPeriod(from, to);
    }

    private static IReadOnlyList<HourActivity> ByHour(IEnumerable<ActivitySlice> slices, TimeZoneInfo zone)
    {
        var hours = Enumerable.Range(0, 24).Select(_ => new ActivityTally()).ToArray();
        foreach (var slice in slices)
            hours[TimeZoneInfo.ConvertTime(slice.QuarterStart, zone).Hour].Add(slice);
        return hours.Select((tally, hour) => tally.ToHour(hour)).ToList();
    }
}
