using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Scheduling;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.Scheduling;

/// <summary>FSRS-6 formulas checked against values worked out by hand from the default weights.</summary>
public sealed class FsrsModelTests
{
    private readonly FsrsModel _model = new(FsrsParameters.Default);

    [TestCase(Rating.Again, 0.212)]
    [TestCase(Rating.Hard, 1.2931)]
    [TestCase(Rating.Good, 2.3065)]
    [TestCase(Rating.Easy, 8.2956)]
    public void FirstReviewStabilityIsTheInitialWeightOfTheRating(Rating rating, double expected)
    {
        Assert.That(_model.InitialStability(rating), Is.EqualTo(expected));
    }

    // D0(G) = w4 - e^(w5 (G - 1)) + 1, clamped to [1, 10]: Easy's -4.77 clamps to 1.
    [TestCase(Rating.Again, 6.4133)]
    [TestCase(Rating.Hard, 5.112171)]
    [TestCase(Rating.Good, 2.118104)]
    [TestCase(Rating.Easy, 1.0)]
    public void FirstReviewDifficultyFollowsExponentialOfRating(Rating rating, double expected)
    {
        Assert.That(_model.InitialDifficulty(rating), Is.EqualTo(expected).Within(1e-6));
    }

    [Test]
    public void AgainRaisesDifficultyWithLinearDampingAndMeanReversion()
    {
        // delta = -w6 (1 - 3) = 6.0388; damped = 5 + (10 - 5) * 6.0388 / 9 = 8.354889;
        // reverted = w7 * D0(Easy) + (1 - w7) * damped = 0.001 * -4.771631 + 0.999 * 8.354889.
        Assert.That(_model.NextDifficulty(5.0, Rating.Again), Is.EqualTo(8.341762).Within(1e-6));
    }

    [Test]
    public void GoodLeavesDifficultyAlmostUnchanged()
    {
        Assert.That(_model.NextDifficulty(5.0, Rating.Good), Is.EqualTo(0.001 * -4.771631 + 0.999 * 5.0).Within(1e-6));
    }

    [Test]
    public void DifficultyNeverLeavesOneToTen()
    {
        Assert.That(_model.NextDifficulty(9.99, Rating.Again), Is.LessThanOrEqualTo(10.0));
        Assert.That(_model.NextDifficulty(1.01, Rating.Easy), Is.GreaterThanOrEqualTo(1.0));
    }

    [TestCase(0.5)]
    [TestCase(3.0)]
    [TestCase(250.0)]
    public void RetrievabilityIsNinetyPercentWhenElapsedEqualsStability(double stability)
    {
        Assert.That(_model.Retrievability(stability, stability), Is.EqualTo(0.9).Within(1e-12));
    }

    [Test]
    public void RetrievabilityFollowsThePowerForgettingCurve()
    {
        // R = (1 + factor t / S)^(-w20), factor = 0.9^(-1 / w20) - 1 = 0.980346; t = 10, S = 5.
        Assert.That(_model.Retrievability(10, 5), Is.EqualTo(0.845885).Within(1e-6));
        Assert.That(_model.Retrievability(0, 5), Is.EqualTo(1.0));
    }

    [Test]
    public void IntervalAtNinetyPercentRetentionEqualsStability()
    {
        Assert.That(_model.IntervalDays(12.5, 0.9), Is.EqualTo(12.5).Within(1e-9));
        Assert.That(_model.IntervalDays(12.5, 0.8), Is.GreaterThan(12.5));
    }

    [Test]
    public void SameDayGoodNeverLowersStability()
    {
        // e^(w17 (0 + w18)) * S^-w19 = 0.9945 for S = 2.3065, which the floor of 1 keeps at 1.
        Assert.That(_model.ShortTermStability(2.3065, Rating.Good), Is.EqualTo(2.3065));
        Assert.That(_model.ShortTermStability(2.3065, Rating.Again), Is.LessThan(2.3065));
    }

    [Test]
    public void SuccessfulRecallAtLowRetrievabilityGrowsStabilityMore()
    {
        var early = _model.NextStability(5, 10, retrievability: 0.95, Rating.Good);
        var late = _model.NextStability(5, 10, retrievability: 0.7, Rating.Good);
        Assert.That(late, Is.GreaterThan(early));
        Assert.That(early, Is.GreaterThan(10));
    }
}
