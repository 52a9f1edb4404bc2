using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Scheduling;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.Scheduling;

public sealed class Sm2SchedulerTests
{
    private static readonly DateTimeOffset Start = new(2024, 5, 6, 9, 0, 0, TimeSpan.Zero);

    private static readonly SchedulerSettings WithoutSteps = SchedulerSettings.Default with
    {
        EnableFuzz = false,
        LearningSteps = [],
        RelearningSteps = [],
    };

    [Test]
    public void GoodAnswersGiveIntervalsOneSixThenTimesEase()
    {
        var intervals = ReviewAtDue(new Sm2Scheduler(WithoutSteps), Rating.Good, Rating.Good, Rating.Good, Rating.Good)
            .Select(card => card.IntervalDays);

        // Good keeps EF at 2.5: 6 × 2.5 = 15, 15 × 2.5 = 37.5 → 38.
        Assert.That(intervals, Is.EqualTo(new double[] { 1, 6, 15, 38 }));
    }

    [TestCase(Rating.Easy, 2.6)]
    [TestCase(Rating.Good, 2.5)]
    [TestCase(Rating.Hard, 2.36)]
    [TestCase(Rating.Again, 2.18)]
    public void EaseFactorMovesByTheSm2FormulaWithQualityOneAboveTheRating(Rating rating, double expected)
    {
        Assert.That(Sm2Scheduler.NextEaseFactor(2.5, rating), Is.EqualTo(expected).Within(1e-12));
    }

    [Test]
    public void EaseFactorNeverFallsBelowOnePointThree()
    {
        Assert.That(Sm2Scheduler.NextEaseFactor(1.4, Rating.Again), Is.EqualTo(1.3));
    }

    [Test]
    public void HardLowersTheEaseUsedForTheFollowingInterval()
    {
        var cards = ReviewAtDue(new Sm2Scheduler(WithoutSteps), Rating.Good, Rating.Good, Rating.Hard, Rating.Good);

        // The Hard review itself grows 6 × 2.5 = 15 and lowers EF to 2.36; then 15 × 2.36 = 35.4 → 35.
        Assert.That(cards.Select(card => card.IntervalDays), Is.EqualTo(new double[] { 1, 6, 15, 35 }));
        Assert.That(cards[^1].EaseFactor, Is.EqualTo(2.36).Within(1e-12));
    }

    [Test]
    public void LearningStepsComeBeforeTheFirstOneDayInterval()
    {
        var cards = ReviewAtDue(new Sm2Scheduler(SchedulerSettings.Default with { EnableFuzz = false }), Rating.Good, Rating.Good, Rating.Good);

        Assert.That(cards.Select(card => card.State), Is.EqualTo(new[] { CardState.Learning, CardState.Review, CardState.Review }));
        Assert.That(cards[0].Due, Is.EqualTo(Start.AddMinutes(10)));
        Assert.That(cards.Skip(1).Select(card => card.IntervalDays), Is.EqualTo(new double[] { 1, 6 }));
        Assert.That(cards[^1].EaseFactor, Is.EqualTo(2.5), "learning steps do not touch the ease factor");
    }

    [Test]
    public void LapseRelearnsThenRestartsAtOneDayWithLowerEase()
    {
        var cards = ReviewAtDue(
            new Sm2Scheduler(SchedulerSettings.Default with { EnableFuzz = false }),
            Rating.Easy, Rating.Good, Rating.Good, Rating.Again, Rating.Good, Rating.Good);

        var lapse = cards[3];
        Assert.That((lapse.State, lapse.Step, lapse.Lapses), Is.EqualTo((CardState.Relearning, (int?)0, 1)));
        Assert.That(lapse.IntervalDays, Is.EqualTo(10.0 / 1440).Within(1e-12));
        Assert.That(lapse.EaseFactor, Is.EqualTo(2.18).Within(1e-12));
        Assert.That(cards[4].IntervalDays, Is.EqualTo(1));
        Assert.That(cards[5].IntervalDays, Is.EqualTo(6));
    }

    [Test]
    public void RetrievabilityIsNinetyPercentAfterOneIntervalAndEightyOneAfterTwo()
    {
        var scheduler = new Sm2Scheduler(WithoutSteps);
        var cards = ReviewAtDue(scheduler, Rating.Good, Rating.Good);
        var lastReview = cards[^1].LastReview!.Value;

        Assert.That(scheduler.Retrievability(cards[^1], lastReview.AddDays(6), LearnerCalendar.Utc), Is.EqualTo(0.9).Within(1e-12));
        Assert.That(scheduler.Retrievability(cards[^1], lastReview.AddDays(12), LearnerCalendar.Utc), Is.EqualTo(0.81).Within(1e-12));
        Assert.That(scheduler.Retrievability(MemoryState.New, lastReview, LearnerCalendar.Utc), Is.Zero);
    }

    private static List<MemoryState> ReviewAtDue(Sm2Scheduler scheduler, params Rating[] ratings)
    {
        var cards = new List<MemoryState>();
        var card = MemoryState.New;
        var at = Start;
        foreach (var rating in ratings)
        {
            card = scheduler.Review(card, rating, at, LearnerCalendar.Utc);
            cards.Add(card);
            at = card.Due!.Value;
        }

        return cards;
    }
}
