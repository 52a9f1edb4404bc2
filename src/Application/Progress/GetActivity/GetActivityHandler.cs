using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Application.Sessions;

namespace AdaptiveLearning.Application.Progress.GetActivity;

/// <summary>
/// Buckets the learner's activity by their own days: the range's learner days become UTC instants (DST-aware), the
/// database sums by UTC quarter hour, and each quarter hour is placed on the learner day that contains it.
/// </summary>
internal sealed class GetActivityHandler(SessionLoader loader, IActivityQueries activity, IProgressQueries progress, IClock clock)
    : IHandler<GetActivityQuery, ActivityReport>
{
    public async Task<ActivityReport> HandleAsync(GetActivityQuery query, CancellationToken ct)
    {
        var calendar = LearnerSchedule.For(await loader.LearnerAsync(query.UserId, ct)).Calendar;
        var to = query.To ?? calendar.Date(clock.UtcNow);
        var from = query.From ?? to.AddDays(1 - GetActivityQuery.DefaultDays);
        if (to < from)
            throw ProblemException.Field("to", "Must not be before from.");
        if (to.DayNumber - from.DayNumber + 1 > GetActivityQuery.MaxDays)
            throw new ProblemException(Problems.RangeTooLong,
                $"{from:yyyy-MM-dd} to {to:yyyy-MM-dd} is {to.DayNumber - from.DayNumber + 1} days; ask for at most {GetActivityQuery.MaxDays}.");
        var path = await NodeScope.ResolveAsync(progress, query.Node, ct);

        var slices = await activity.SlicesAsync(query.UserId, calendar.StartOfDay(from.DayNumber), calendar.StartOfDay(to.DayNumber + 1),
            path.Length == 0 ? null : path, ct);
        var days = ActivityTally.ByDay(slices, calendar);

        var busiest = days.Values.Select(d => d.Answers).DefaultIfEmpty(0).Max();
        var heatmap = new List<ActivityDay>();
        var buckets = new List<ActivityPeriod>();
        var totals = new ActivityTally();
        var bucket = new ActivityTally();
        var bucketStart = from;
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            var day = days.GetValueOrDefault(date.DayNumber) ?? new ActivityTally();
            heatmap.Add(new ActivityDay(date, day.Answers, day.TimeSpentMs, day.Points, ActivityDay.LevelOf(day.Answers, busiest)));
            totals.Add(day);
            bucket.Add(day);
            if (date == to || BucketOf(date.AddDays(1), query.Bucket) != BucketOf(date, query.Bucket))
            {
                buckets.Add(bucket.ToPeriod(bucketStart, date));
                bucket = new ActivityTally();
                bucketStart = date.AddDays(1);
            }
        }

        return new ActivityReport(from, to, query.Bucket, calendar.TimeZone.Id, calendar.DayStartHour, path.Length == 0 ? null : path,
            totals.ToPeriod(from, to), buckets, heatmap);
    }

    private static DateOnly BucketOf(DateOnly date, ActivityBucket bucket) => bucket switch
    {
        ActivityBucket.Week => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        ActivityBucket.Month => new DateOnly(date.Year, date.Month, 1),
        _ => date,
    };
}
