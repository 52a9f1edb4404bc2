using AdaptiveLearning.Domain.Engagement;
using AdaptiveLearning.Domain.Scheduling;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.Engagement;

/// <summary>Streaks over days as the learner lived them: through DST changes and moves between time zones.</summary>
public sealed class StreakCalendarPropertyTests
{
    private static readonly string[] Zones =
    [
        "Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "America/St_Johns", "Pacific/Chatham",
        "Pacific/Auckland", "America/Santiago", "Europe/London", "UTC",
    ];

    private static readonly StreakRules NoFreezes = new() { MaxFreezes = 0 };

    /// <summary>Once every learner day, at any minute of it (the 23- and 25-hour days included), never breaks or doubles a day.</summary>
    [Test]
    public void StudyingOnceEveryLocalDayThroughDstChangesCountsEveryDay()
    {
        var random = new Random(22);
        for (var run = 0; run < 300; run++)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(Zones[random.Next(Zones.Length)]);
            var calendar = new LearnerCalendar(zone, random.Next(0, 24));
            var days = random.Next(1, 120);
            // Starts anywhere in 2024-2026, so spring and autumn changes of both hemispheres fall inside many runs.
            var first = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 1000));
            var lived = new List<int>();
            for (var d = 0; d < days; d++)
            {
                var dayStart = calendar.StartOfDay(first.AddDays(d).DayNumber);
                var dayLength = calendar.StartOfDay(first.AddDays(d + 1).DayNumber) - dayStart;
                var at = dayStart + TimeSpan.FromMinutes(random.Next(0, (int)dayLength.TotalMinutes));
                lived.Add(calendar.DayNumber(at));
            }

            var streak = StreakCalculator.Compute(lived, lived[^1], NoFreezes);

            Assert.That(lived, Is.EqualTo(Enumerable.Range(first.DayNumber, days)), $"run {run} in {zone.Id}");
            Assert.That(streak.Current, Is.EqualTo(days), $"run {run} in {zone.Id}");
        }
    }

    /// <summary>
    /// A traveller studying at local noon every day, moving between zones less than 12 hours apart, keeps every day: each day
    /// is stored as lived in the zone of that moment, so a move repeats a date at most and never leaves a hole.
    /// </summary>
    [Test]
    public void MovingBetweenTimeZonesNeverBreaksADailyStreak()
    {
        var random = new Random(7);
        for (var run = 0; run < 300; run++)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(Zones[random.Next(Zones.Length)]);
            var at = new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero).AddDays(random.Next(0, 365));
            at = Noon(zone, at);
            var lived = new List<int>();
            var moves = 0;
            for (var d = 0; d < 60; d++)
            {
                lived.Add(new LearnerCalendar(zone).DayNumber(at));
                var next = zone;
                if (random.NextDouble() < 0.15)
                {
                    var candidate = TimeZoneInfo.FindSystemTimeZoneById(Zones[random.Next(Zones.Length)]);
                    if (Math.Abs((candidate.GetUtcOffset(at) - zone.GetUtcOffset(at)).TotalHours) < 12)
                    {
                        next = candidate;
                        moves++;
                    }
                }
                zone = next;
                at = Noon(zone, at.AddDays(1));
            }

            var distinct = lived.Distinct().ToList();
            var streak = StreakCalculator.Compute(distinct, distinct.Max(), NoFreezes);

            Assert.That(streak.Current, Is.EqualTo(distinct.Max() - distinct.Min() + 1), $"run {run}, {moves} moves: no day left empty");
            Assert.That(streak.Current, Is.EqualTo(distinct.Count));
        }
    }

    /// <summary>Local noon of the local date <paramref name="at"/> falls on in <paramref name="zone"/> (noon always exists).</summary>
    private static DateTimeOffset Noon(TimeZoneInfo zone, DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone).Date.AddHours(12);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
