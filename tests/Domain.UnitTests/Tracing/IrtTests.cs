using NUnit.Framework;
using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Domain.UnitTests.Tracing;

public class IrtTests
{
    [Test]
    public void TwoParameterItemIsEvenOddsAtItsDifficultyAndMostInformativeThere()
    {
        var item = new IrtItem(A: 1.5, B: 0.7);

        Assert.That(item.Probability(0.7), Is.EqualTo(0.5).Within(1e-12));
        Assert.That(item.Information(0.7), Is.EqualTo(1.5 * 1.5 / 4).Within(1e-12));
        Assert.That(item.Information(0.7), Is.GreaterThan(item.Information(1.7)));
    }

    [Test]
    public void GuessingSetsTheFloorOfTheProbability()
    {
        var item = new IrtItem(A: 1, B: 0, C: 0.25);

        Assert.That(item.Probability(-10), Is.EqualTo(0.25).Within(1e-3));
        Assert.That(item.Probability(0), Is.EqualTo(0.625).Within(1e-12));
    }

    [Test]
    public void CalibrationRecoversItemDifficultyAndDiscrimination()
    {
        var random = new Random(11);
        var items = Enumerable.Range(0, 40)
            .Select(_ => new IrtItem(Math.Exp(0.3 * SyntheticLearners.Normal(random)), SyntheticLearners.Normal(random)))
            .ToList();
        var attempts = new List<AttemptRecord>();
        for (var learner = 0; learner < 800; learner++)
        {
            var theta = SyntheticLearners.Normal(random);
            for (var i = 0; i < items.Count; i++)
            {
                attempts.Add(new AttemptRecord($"l{learner}", $"i{i}", "s", null, random.NextDouble() < items[i].Probability(theta)));
            }
        }

        var calibration = new IrtCalibrator().Calibrate(attempts);

        var fitted = Enumerable.Range(0, items.Count).Select(i => calibration.Items[$"i{i}"]).ToList();
        Assert.That(SyntheticLearners.Correlation([.. items.Select(i => i.B)], [.. fitted.Select(i => i.B)]), Is.GreaterThan(0.95));
        Assert.That(SyntheticLearners.Correlation([.. items.Select(i => i.A)], [.. fitted.Select(i => i.A)]), Is.GreaterThan(0.7));
    }

    [Test]
    public void UnknownItemsFallBackToTheirSkillsAverageItem()
    {
        var attempts = new List<AttemptRecord>
        {
            new("l1", "easy", "arithmetic", null, true),
            new("l2", "easy", "arithmetic", null, true),
            new("l1", "hard", "calculus", null, false),
            new("l2", "hard", "calculus", null, false),
        };

        var calibration = new IrtCalibrator().Calibrate(attempts);

        Assert.That(calibration.ItemFor("new", "calculus"), Is.EqualTo(calibration.Items["hard"]));
    }

    [Test]
    public void EapRecoversAbilityAndItsStandardErrorShrinksAsItemsAreAdded()
    {
        var random = new Random(5);
        const double trueTheta = 1.0;
        var estimator = new AbilityEstimator();
        var posterior = estimator.StartPosterior();
        var standardErrors = new List<double>();
        for (var i = 0; i < 80; i++)
        {
            var item = new IrtItem(1.2, SyntheticLearners.Normal(random) + trueTheta);
            posterior.Observe(item, random.NextDouble() < item.Probability(trueTheta));
            if (i + 1 is 5 or 20 or 80)
            {
                standardErrors.Add(posterior.Estimate().StandardError);
            }
        }

        var estimate = posterior.Estimate();
        Assert.That(standardErrors, Is.Ordered.Descending);
        // Rasch-style rule of thumb: SE ≈ 1/sqrt(Σ information) ≈ 0.3 after 80 well-targeted items; 3 SE is generous.
        Assert.That(estimate.StandardError, Is.LessThan(0.35));
        Assert.That(estimate.Theta, Is.EqualTo(trueTheta).Within(3 * estimate.StandardError));
    }

    [Test]
    public void EapStaysFiniteWhenEveryAnswerIsCorrect()
    {
        var estimate = new AbilityEstimator().Estimate(Enumerable.Repeat(new ItemResponse(new IrtItem(1, 0), true), 10));

        Assert.That(estimate.Theta, Is.GreaterThan(1).And.LessThan(4));
    }
}
