namespace AdaptiveLearning.Domain.Scheduling;

/// <summary>
/// The learner's idea of a "day": days roll over at <see cref="DayStartHour"/> local time in the
/// learner's timezone (Anki's "next day starts at"), so a late-night session still counts as the
/// same day and intervals measured in days follow the learner's clock across DST changes.
/// </summary>
public sealed record LearnerCalendar
{
    public const int DefaultDayStartHour = 4;

    public LearnerCalendar(TimeZoneInfo timeZone, int dayStartHour = DefaultDayStartHour)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        ArgumentOutOfRangeException.ThrowIfNegative(dayStartHour);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dayStartHour, 23);
        TimeZone = timeZone;
        DayStartHour = dayStartHour;
    }

    /// <summary>UTC with days starting at midnight: the convention of most published review logs.</summary>
    public static LearnerCalendar Utc { get; } = new(TimeZoneInfo.Utc, dayStartHour: 0);

    public TimeZoneInfo TimeZone { get; }

    public int DayStartHour { get; }

    /// <summary>A day count that increases by one at each of the learner's day boundaries.</summary>
    public int DayNumber(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, TimeZone).DateTime;
        return DateOnly.FromDateTime(local.AddHours(-DayStartHour)).DayNumber;
    }

    /// <summary>The learner's date of the day <paramref name="at"/> falls in (the date its day began on).</summary>
    public DateOnly Date(DateTimeOffset at) => DateOnly.FromDayNumber(DayNumber(at));

    /// <summary>Number of the learner's day boundaries crossed between the two instants (never negative).</summary>
    public int ElapsedDays(DateTimeOffset from, DateTimeOffset to) => Math.Max(0, DayNumber(to) - DayNumber(from));

    public DateTimeOffset StartOfDay(int dayNumber)
    {
        var wallClock = DateOnly.FromDayNumber(dayNumber).ToDateTime(new TimeOnly(DayStartHour, 0));
        return ToInstant(wallClock);
    }

    public DateTimeOffset StartOfDay(DateTimeOffset at) => StartOfDay(DayNumber(at));

    public DateTimeOffset NextDayStart(DateTimeOffset at) => StartOfDay(DayNumber(at) + 1);

    private DateTimeOffset ToInstant(DateTime wallClock)
    {
        // A start hour inside a spring-forward gap does not exist that day; the day starts when
        // the clocks resume.
        while (TimeZone.IsInvalidTime(wallClock))
        {
            wallClock = wallClock.AddMinutes(1);
        }

        // In a fall-back overlap the day starts at the first occurrence, which has the larger offset.
        var offset = TimeZone.IsAmbiguousTime(wallClock)
            ? TimeZone.GetAmbiguousTimeOffsets(wallClock).Max()
            : TimeZone.GetUtcOffset(wallClock);
        return new DateTimeOffset(wallClock, offset);
    }
}
