using AdaptiveLearning.Domain.Scheduling;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.Scheduling;

public sealed class LearnerCalendarTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Test]
    public void UtcMidnightCalendarCountsMinutesApartAcrossMidnightAsOneDay()
    {
        var beforeMidnight = new DateTimeOffset(2024, 1, 1, 23, 59, 0, TimeSpan.Zero);
        Assert.That(LearnerCalendar.Utc.ElapsedDays(beforeMidnight, beforeMidnight.AddMinutes(2)), Is.EqualTo(1));
        Assert.That(LearnerCalendar.Utc.ElapsedDays(beforeMidnight.AddMinutes(2), beforeMidnight.AddHours(23)), Is.Zero);
    }

    [Test]
    public void DayRollsOverAtTheStartHourInTheLearnersTimezone()
    {
        var calendar = new LearnerCalendar(NewYork, dayStartHour: 4);
        var lateNight = new DateTimeOffset(2024, 6, 1, 7, 30, 0, TimeSpan.Zero);   // 03:30 EDT, still 31 May
        var morning = new DateTimeOffset(2024, 6, 1, 8, 30, 0, TimeSpan.Zero);     // 04:30 EDT, 1 June
        var previousEvening = new DateTimeOffset(2024, 6, 1, 1, 0, 0, TimeSpan.Zero); // 21:00 EDT, 31 May

        Assert.That(calendar.ElapsedDays(previousEvening, lateNight), Is.Zero);
        Assert.That(calendar.ElapsedDays(lateNight, morning), Is.EqualTo(1));
        Assert.That(calendar.DayNumber(morning), Is.EqualTo(new DateOnly(2024, 6, 1).DayNumber));
    }

    [Test]
    public void SpringForwardDayIsTwentyThreeHoursLong()
    {
        var calendar = new LearnerCalendar(Berlin, dayStartHour: 4);
        var saturdayNoon = new DateTimeOffset(2024, 3, 30, 12, 0, 0, TimeSpan.Zero);

        Assert.That(calendar.StartOfDay(saturdayNoon), Is.EqualTo(new DateTimeOffset(2024, 3, 30, 3, 0, 0, TimeSpan.Zero)));
        Assert.That(calendar.NextDayStart(saturdayNoon), Is.EqualTo(new DateTimeOffset(2024, 3, 31, 2, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void StartHourInsideTheSpringForwardGapStartsTheDayWhenClocksResume()
    {
        var calendar = new LearnerCalendar(Berlin, dayStartHour: 2);
        var day = new DateOnly(2024, 3, 31).DayNumber;

        Assert.That(calendar.StartOfDay(day), Is.EqualTo(new DateTimeOffset(2024, 3, 31, 3, 0, 0, TimeSpan.FromHours(2))));
    }

    [Test]
    public void StartHourInsideTheFallBackOverlapStartsTheDayAtItsFirstOccurrence()
    {
        var calendar = new LearnerCalendar(Berlin, dayStartHour: 2);
        var day = new DateOnly(2024, 10, 27).DayNumber;

        Assert.That(calendar.StartOfDay(day), Is.EqualTo(new DateTimeOffset(2024, 10, 27, 0, 0, 0, TimeSpan.Zero)));
        Assert.That(calendar.NextDayStart(calendar.StartOfDay(day)), Is.EqualTo(new DateTimeOffset(2024, 10, 28, 1, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void ReviewsAcrossTheDstChangeCountCalendarDaysNotTwentyFourHourPeriods()
    {
        var calendar = new LearnerCalendar(Berlin, dayStartHour: 4);
        var saturdayEvening = new DateTimeOffset(2024, 3, 30, 20, 0, 0, TimeSpan.FromHours(1));
        var sundayEvening = new DateTimeOffset(2024, 3, 31, 20, 0, 0, TimeSpan.FromHours(2)); // 23 hours later

        Assert.That(calendar.ElapsedDays(saturdayEvening, sundayEvening), Is.EqualTo(1));
    }

    [Test]
    public void DayNumberNeverGoesBackwardsWhenTimeMovesForward()
    {
        var calendar = new LearnerCalendar(Berlin);
        var at = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var previous = calendar.DayNumber(at);
        for (var hour = 0; hour < 24 * 366; hour++)
        {
            var current = calendar.DayNumber(at.AddHours(hour));
            Assert.That(current - previous, Is.InRange(0, 1), at.AddHours(hour).ToString("O"));
            previous = current;
        }
    }

    [TestCase(-1)]
    [TestCase(24)]
    public void RejectsAStartHourOutsideTheDay(int hour)
    {
        Assert.That(() => new LearnerCalendar(TimeZoneInfo.Utc, hour), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
