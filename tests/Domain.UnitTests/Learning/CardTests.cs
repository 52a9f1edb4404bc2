using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Learning;
using AdaptiveLearning.Domain.Scheduling;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.Learning;

public sealed class CardTests
{
    private static readonly SchedulerSettings Settings = SchedulerSettings.Default with { EnableFuzz = false };
    private static readonly ISpacedRepetitionScheduler Scheduler = new FsrsScheduler(Settings);

    private static (Card Card, int LeechAtLapse) LapseEightTimes(bool suspendLeeches)
    {
        var card = new Card { Id = 1, UserId = Guid.NewGuid(), QuestionId = 1 };
        var at = new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);
        card.Review(Scheduler, Settings, Rating.Easy, at, LearnerCalendar.Utc, suspendLeeches);
        var leechAt = 0;
        for (var lapse = 1; lapse <= 8; lapse++)
        {
            at = at.AddDays(40);
            card.Review(Scheduler, Settings, Rating.Again, at, LearnerCalendar.Utc, suspendLeeches);
            if (card.Leech && leechAt == 0) leechAt = lapse;
            at = at.AddMinutes(20);
            card.Review(Scheduler, Settings, Rating.Good, at, LearnerCalendar.Utc, suspendLeeches);
        }
        return (card, leechAt);
    }

    [Test]
    public void TheEighthLapseMakesALeechSuspendedOnlyWhenTheLearnerWantsIt()
    {
        var (kept, leechAt) = LapseEightTimes(suspendLeeches: false);
        var (suspended, _) = LapseEightTimes(suspendLeeches: true);

        Assert.Multiple(() =>
        {
            Assert.That(leechAt, Is.EqualTo(8));
            Assert.That(kept.Suspended, Is.False);
            Assert.That(suspended.Suspended, Is.True);
        });
    }

    [Test]
    public void ResetForgetsProgressAndRestoreBringsBackASnapshot()
    {
        var (card, _) = LapseEightTimes(suspendLeeches: false);
        var snapshot = card.Snapshot();

        card.Reset();
        var reset = card.Snapshot();
        card.RestoreTo(snapshot);

        Assert.Multiple(() =>
        {
            Assert.That(reset.Memory, Is.EqualTo(MemoryState.New));
            Assert.That(reset.Leech, Is.False);
            Assert.That(card.Snapshot(), Is.EqualTo(snapshot));
        });
    }

    [Test]
    public void BuryingHidesTheCardUntilTheLearnersNextDay()
    {
        var card = new Card { Id = 1, UserId = Guid.NewGuid(), QuestionId = 1 };
        var calendar = new LearnerCalendar(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"), 4);
        var now = new DateTimeOffset(2030, 7, 1, 23, 0, 0, TimeSpan.FromHours(-4));

        card.Bury(now, calendar);

        Assert.Multiple(() =>
        {
            Assert.That(card.BuriedUntil, Is.EqualTo(new DateTimeOffset(2030, 7, 2, 4, 0, 0, TimeSpan.FromHours(-4))));
            Assert.That(card.IsBuried(now.AddHours(4.9)), Is.True);
            Assert.That(card.IsBuried(now.AddHours(5)), Is.False);
            Assert.That(card.SetDue(now), Is.False, "a new card has no schedule to move");
        });
    }
}
