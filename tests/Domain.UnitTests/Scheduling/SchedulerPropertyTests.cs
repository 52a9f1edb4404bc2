using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Scheduling;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.Scheduling;

/// <summary>Invariants that must hold for any sequence of ratings at any timing.</summary>
public sealed class SchedulerPropertyTests
{
    private const int Sequences = 300;
    private const int ReviewsPerSequence = 40;

    [Test]
    public void FsrsKeepsMemoryStateValidForRandomRatingSequences()
    {
        ForRandomSequences(SchedulerKind.Fsrs, (before, after, reviewedAt, settings) =>
        {
            Assert.That(after.Stability, Is.GreaterThan(0));
            Assert.That(after.Difficulty, Is.InRange(1.0, 10.0));
            AssertScheduledAhead(before, after, reviewedAt, settings);
        });
    }

    [Test]
    public void Sm2KeepsEaseAndIntervalsValidForRandomRatingSequences()
    {
        ForRandomSequences(SchedulerKind.Sm2, (before, after, reviewedAt, settings) =>
        {
            Assert.That(after.EaseFactor, Is.GreaterThanOrEqualTo(Sm2Scheduler.MinimumEaseFactor));
            AssertScheduledAhead(before, after, reviewedAt, settings);
        });
    }

    private static void AssertScheduledAhead(MemoryState before, MemoryState after, DateTimeOffset reviewedAt, SchedulerSettings settings)
    {
        Assert.That(after.Due, Is.GreaterThanOrEqualTo(reviewedAt));
        Assert.That(after.LastReview, Is.EqualTo(reviewedAt));
        Assert.That(after.IntervalDays, Is.GreaterThan(0).And.LessThanOrEqualTo(settings.MaximumIntervalDays));
        Assert.That(after.Reps, Is.EqualTo(before.Reps + 1));
        Assert.That(after.Lapses, Is.GreaterThanOrEqualTo(before.Lapses));
        Assert.That(after.Step is null, Is.EqualTo(after.State == CardState.Review));
    }

    private static void ForRandomSequences(SchedulerKind kind, Action<MemoryState, MemoryState, DateTimeOffset, SchedulerSettings> check)
    {
        var random = new Random(20240506);
        var zones = new[] { TimeZoneInfo.Utc, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata") };
        for (var sequence = 0; sequence < Sequences; sequence++)
        {
            var settings = SchedulerSettings.Default with
            {
                DesiredRetention = 0.7 + random.NextDouble() * 0.27,
                MaximumIntervalDays = random.Next(2) == 0 ? 36500 : random.Next(1, 200),
                EnableFuzz = random.Next(2) == 0,
                LearningSteps = random.Next(3) == 0 ? [] : [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)],
                RelearningSteps = random.Next(3) == 0 ? [] : [TimeSpan.FromMinutes(10)],
            };
            var calendar = new LearnerCalendar(zones[random.Next(zones.Length)], random.Next(24));
            var scheduler = SpacedRepetitionSchedulerFactory.Create(kind, settings);
            var card = MemoryState.New;
            var at = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(100_000));
            for (var review = 0; review < ReviewsPerSequence; review++)
            {
                var after = scheduler.Review(card, (Rating)random.Next(1, 5), at, calendar, random);
                check(card, after, at, settings);
                card = after;
                // Mostly on time, sometimes early the same day, sometimes very late.
                at = random.Next(4) switch
                {
                    0 => at.AddMinutes(random.Next(0, 600)),
                    1 => at.AddDays(random.NextDouble() * 400),
                    _ => card.Due!.Value.AddHours(random.Next(0, 48)),
                };
            }
        }
    }
}
