using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Application.Progress;

/// <summary>Running sums of slices (a day), or of days (a bucket, which also counts its active days).</summary>
internal sealed class ActivityTally
{
    private ActivitySlice _sum = new(default, 0, 0, 0, 0, 0, 0, 0);
    private int _activeDays;

    public int Answers => _sum.Answers;
    public long TimeSpentMs => _sum.TimeSpentMs;
    public long Points => _sum.Points;

    public void Add(ActivitySlice s) => _sum = _sum with
    {
        Answers = _sum.Answers + s.Answers, Graded = _sum.Graded + s.Graded, Correct = _sum.Correct + s.Correct,
        TimeSpentMs = _sum.TimeSpentMs + s.TimeSpentMs, NewCards = _sum.NewCards + s.NewCards, Reviews = _sum.Reviews + s.Reviews,
        Points = _sum.Points + s.Points,
    };

    /// <summary>Each slice on the learner day that contains it, keyed by day number (days without slices are absent).</summary>
    public static Dictionary<int, ActivityTally> ByDay(IEnumerable<ActivitySlice> slices, LearnerCalendar calendar)
    {
        var days = new Dictionary<int, ActivityTally>();
        foreach (var slice in slices)
        {
            var day = calendar.DayNumber(slice.QuarterStart);
            if (!days.TryGetValue(day, out var tally))
                days[day] = tally = new ActivityTally();
            tally.Add(slice);
        }
        return days;
    }

    public void Add(ActivityTally day)
    {
        Add(day._sum);
        _activeDays += day.Answers > 0 ? 1 : 0;
    }

    public HourActivity ToHour(int hour) => new(hour, _sum.Answers, Accuracy, _sum.TimeSpentMs);

    private double? Accuracy => _sum.Graded == 0 ? null : Math.Round((double)_sum.Correct / _sum.Graded, 4);

    public ActivityPeriod ToPeriod(DateOnly start, DateOnly end) => new(start, end, _sum.Answers, _sum.Correct,
        Accuracy, _sum.TimeSpentMs, _sum.NewCards, _sum.Reviews,
        _sum.Points, _activeDays);
}
