using System.Diagnostics;
using AdaptiveLearning.Domain.Scheduling;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.Scheduling;

public sealed class FsrsOptimizerTests
{
    private static readonly LearnerCalendar Calendar = LearnerCalendar.Utc;

    [Test]
    public void FittingHistoryFromNonDefaultWeightsPredictsAlmostAsWellAsTheTrueWeights()
    {
        var truth = SyntheticReviewHistories.NonDefaultTruth;
        var training = SyntheticReviewHistories.Generate(truth, cards: 600, reviewsPerCard: 12, seed: 1);
        var heldOut = SyntheticReviewHistories.Generate(truth, cards: 600, reviewsPerCard: 12, seed: 2);

        var stopwatch = Stopwatch.StartNew();
        var fit = new FsrsOptimizer().Fit(training, Calendar);
        TestContext.Out.WriteLine($"fit in {stopwatch.Elapsed.TotalSeconds:F2} s: {fit.Parameters}");

        var defaultLoss = FsrsLogLoss.Compute(FsrsParameters.Default, heldOut, Calendar);
        var fittedLoss = FsrsLogLoss.Compute(fit.Parameters, heldOut, Calendar);
        var trueLoss = FsrsLogLoss.Compute(truth, heldOut, Calendar);
        TestContext.Out.WriteLine($"held-out log loss: defaults {defaultLoss:F4}, fitted {fittedLoss:F4}, true {trueLoss:F4}");

        Assert.That(fit.Scope, Is.EqualTo(FsrsFitScope.AllParameters));
        Assert.That(fittedLoss, Is.LessThan(defaultLoss - 0.005));
        Assert.That(fittedLoss, Is.EqualTo(trueLoss).Within(0.01));
        Assert.That(fit.LogLoss, Is.LessThan(fit.DefaultLogLoss));
    }

    [Test]
    public void FittingIsDeterministic()
    {
        var training = SyntheticReviewHistories.Generate(SyntheticReviewHistories.NonDefaultTruth, cards: 100, reviewsPerCard: 10, seed: 3);

        var first = new FsrsOptimizer().Fit(training, Calendar);
        var second = new FsrsOptimizer().Fit(training, Calendar);

        Assert.That(first.Parameters.Values, Is.EqualTo(second.Parameters.Values));
    }

    [Test]
    public void FewReviewsKeepTheDefaults()
    {
        var training = SyntheticReviewHistories.Generate(SyntheticReviewHistories.NonDefaultTruth, cards: 10, reviewsPerCard: 5, seed: 4);

        var fit = new FsrsOptimizer().Fit(training, Calendar);

        Assert.That(fit.Scope, Is.EqualTo(FsrsFitScope.DefaultsKept));
        Assert.That(fit.Parameters.Values, Is.EqualTo(FsrsParameters.Default.Values));
    }

    [Test]
    public void ModerateHistoryFitsOnlyTheFirstReviewStabilities()
    {
        var training = SyntheticReviewHistories.Generate(SyntheticReviewHistories.NonDefaultTruth, cards: 100, reviewsPerCard: 4, seed: 5);

        var fit = new FsrsOptimizer().Fit(training, Calendar);

        Assert.That(fit.ScoredReviewCount, Is.InRange(64, 511));
        Assert.That(fit.Scope, Is.EqualTo(FsrsFitScope.InitialStabilitiesOnly));
        Assert.That(fit.Parameters.Values.Skip(4), Is.EqualTo(FsrsParameters.Default.Values.Skip(4)));
        Assert.That(fit.Parameters.Values.Take(4), Is.Not.EqualTo(FsrsParameters.Default.Values.Take(4)));
        Assert.That(fit.LogLoss, Is.LessThan(fit.DefaultLogLoss));
    }

    [Test]
    public void EmptyHistoryKeepsTheDefaults()
    {
        var fit = new FsrsOptimizer().Fit([], Calendar);
        Assert.That(fit.Parameters, Is.SameAs(FsrsParameters.Default));
    }
}
