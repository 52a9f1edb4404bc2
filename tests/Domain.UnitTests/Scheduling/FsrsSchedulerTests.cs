using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Scheduling;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.Scheduling;

public sealed class FsrsSchedulerTests
{
    private static readonly DateTimeOffset Start = new(2024, 5, 6, 9, 0, 0, TimeSpan.Zero);
    private readonly FsrsScheduler _scheduler = new(SchedulerSettings.Default with { EnableFuzz = false });

    [Test]
    public void GoodTwiceGraduatesToReviewWithTwoDayInterval()
    {
        var first = _scheduler.Review(MemoryState.New, Rating.Good, Start, LearnerCalendar.Utc);
        Assert.That((first.State, first.Step, first.Due), Is.EqualTo((CardState.Learning, (int?)1, (DateTimeOffset?)Start.AddMinutes(10))));

        var second = _scheduler.Review(first, Rating.Good, first.Due!.Value, LearnerCalendar.Utc);
        Assert.That(second.State, Is.EqualTo(CardState.Review));
        Assert.That(second.Step, Is.Null);
        Assert.That(second.IntervalDays, Is.EqualTo(2));
        Assert.That(second.Reps, Is.EqualTo(2));
    }

    [Test]
    public void AgainOnNewCardRepeatsTheFirstStepAfterOneMinute()
    {
        var card = _scheduler.Review(MemoryState.New, Rating.Again, Start, LearnerCalendar.Utc);
        Assert.That((card.State, card.Step, card.Due), Is.EqualTo((CardState.Learning, (int?)0, (DateTimeOffset?)Start.AddMinutes(1))));
    }

    [Test]
    public void HardOnFirstOfTwoStepsWaitsTheMeanOfBoth()
    {
        var card = _scheduler.Review(MemoryState.New, Rating.Hard, Start, LearnerCalendar.Utc);
        Assert.That(card.Due, Is.EqualTo(Start.AddSeconds(330)));
        Assert.That(card.Step, Is.EqualTo(0));
    }

    [Test]
    public void EasyOnNewCardGraduatesAtTheEasyInitialStability()
    {
        var card = _scheduler.Review(MemoryState.New, Rating.Easy, Start, LearnerCalendar.Utc);
        Assert.That(card.State, Is.EqualTo(CardState.Review));
        Assert.That(card.IntervalDays, Is.EqualTo(8), "S = 8.2956 rounds to 8 days at 90% retention");
    }

    [Test]
    public void AgainInReviewStartsRelearningAndCountsALapse()
    {
        var review = _scheduler.Review(MemoryState.New, Rating.Easy, Start, LearnerCalendar.Utc);
        var lapsed = _scheduler.Review(review, Rating.Again, review.Due!.Value, LearnerCalendar.Utc);

        Assert.That((lapsed.State, lapsed.Step, lapsed.Lapses), Is.EqualTo((CardState.Relearning, (int?)0, 1)));
        Assert.That(lapsed.Due, Is.EqualTo(review.Due!.Value.AddMinutes(10)));
        Assert.That(lapsed.Stability, Is.LessThan(review.Stability!.Value));
    }

    [Test]
    public void ReviewIntervalNeverExceedsTheMaximum()
    {
        var scheduler = new FsrsScheduler(SchedulerSettings.Default with { EnableFuzz = false, MaximumIntervalDays = 30 });
        var card = MemoryState.New;
        var at = Start;
        for (var i = 0; i < 8; i++)
        {
            card = scheduler.Review(card, Rating.Easy, at, LearnerCalendar.Utc);
            at = card.Due!.Value;
        }

        Assert.That(card.IntervalDays, Is.EqualTo(30));
    }

    [Test]
    public void LowerDesiredRetentionSchedulesFurtherAhead()
    {
        var strict = new FsrsScheduler(SchedulerSettings.Default with { EnableFuzz = false, DesiredRetention = 0.95 });
        var relaxed = new FsrsScheduler(SchedulerSettings.Default with { EnableFuzz = false, DesiredRetention = 0.8 });

        var strictCard = strict.Review(MemoryState.New, Rating.Easy, Start, LearnerCalendar.Utc);
        var relaxedCard = relaxed.Review(MemoryState.New, Rating.Easy, Start, LearnerCalendar.Utc);

        Assert.That(relaxedCard.IntervalDays, Is.GreaterThan(strictCard.IntervalDays));
    }

    [Test]
    public void LateNightReviewBeforeTheDayStartCountsAsTheSameDay()
    {
        var berlin = new LearnerCalendar(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), dayStartHour: 4);
        var evening = new DateTimeOffset(2024, 5, 6, 23, 0, 0, TimeSpan.FromHours(2));
        var card = _scheduler.Review(MemoryState.New, Rating.Easy, evening, berlin);

        // 02:30 the next night is before 04:00, so still the same learner day: short-term stability.
        var afterMidnight = _scheduler.Review(card, Rating.Again, evening.AddHours(3.5), berlin);
        var model = new FsrsModel(FsrsParameters.Default);
        Assert.That(afterMidnight.Stability, Is.EqualTo(model.ShortTermStability(card.Stability!.Value, Rating.Again)));
    }

    [Test]
    public void RetrievabilityOfANeverReviewedCardIsZero()
    {
        Assert.That(_scheduler.Retrievability(MemoryState.New, Start, LearnerCalendar.Utc), Is.Zero);
    }

    [Test]
    public void RetrievabilityIsNinetyPercentOnTheDueDayAtDefaultRetention()
    {
        var card = _scheduler.Review(MemoryState.New, Rating.Easy, Start, LearnerCalendar.Utc);
        var atStability = Start.AddDays(card.Stability!.Value);
        var model = new FsrsModel(FsrsParameters.Default);

        Assert.That(
            _scheduler.Retrievability(card, atStability, LearnerCalendar.Utc),
            Is.EqualTo(model.Retrievability(LearnerCalendar.Utc.ElapsedDays(Start, atStability), card.Stability.Value)));
        Assert.That(_scheduler.Retrievability(card, card.Due!.Value, LearnerCalendar.Utc), Is.EqualTo(0.9).Within(0.01));
    }

    [Test]
    public void FuzzedIntervalsSpreadAcrossTheFuzzRange()
    {
        var scheduler = new FsrsScheduler(SchedulerSettings.Default);
        var random = new Random(7);
        var intervals = Enumerable.Range(0, 100)
            .Select(_ => scheduler.Review(MemoryState.New, Rating.Easy, Start, LearnerCalendar.Utc, random).IntervalDays)
            .ToHashSet();

        Assert.That(intervals, Is.EquivalentTo(new double[] { 6, 7, 8, 9, 10 }), "8 days ± 1.775, rounded");
    }
}
