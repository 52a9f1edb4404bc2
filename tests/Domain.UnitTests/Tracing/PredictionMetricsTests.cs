using NUnit.Framework;
using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Domain.UnitTests.Tracing;

public class PredictionMetricsTests
{
    [Test]
    public void AucCountsTheShareOfCorrectlyOrderedPairs()
    {
        // Pairs (positive, negative): (0.35, 0.1) right, (0.35, 0.4) wrong, (0.8, 0.1) right, (0.8, 0.4) right.
        var auc = PredictionMetrics.Auc([0.1, 0.4, 0.35, 0.8], [false, false, true, true]);

        Assert.That(auc, Is.EqualTo(0.75).Within(1e-12));
    }

    [Test]
    public void AucCountsTiedPairsAsHalfRight()
    {
        // (0.5, 0.5) tie = 1/2, (0.5, 0.2) right = 1, (0.9, 0.5) right, (0.9, 0.2) right: 3.5 of 4.
        var auc = PredictionMetrics.Auc([0.5, 0.5, 0.2, 0.9], [true, false, false, true]);

        Assert.That(auc, Is.EqualTo(0.875).Within(1e-12));
    }

    [Test]
    public void AucIsUndefinedWhenOnlyOneOutcomeOccurs()
    {
        Assert.That(PredictionMetrics.Auc([0.2, 0.7], [true, true]), Is.NaN);
    }

    [Test]
    public void LogLossAveragesTheNegativeLogOfTheProbabilityGivenToWhatHappened()
    {
        var logLoss = PredictionMetrics.LogLoss([0.8, 0.4], [true, false]);

        Assert.That(logLoss, Is.EqualTo(-(Math.Log(0.8) + Math.Log(0.6)) / 2).Within(1e-12));
    }

    [Test]
    public void LogLossStaysFiniteForConfidentMistakes()
    {
        Assert.That(PredictionMetrics.LogLoss([1.0], [false]), Is.LessThan(40));
    }

    [Test]
    public void RmseIsTheRootMeanSquaredDistanceToTheOutcome()
    {
        // errors 0.2 and 0.4: sqrt((0.04 + 0.16) / 2) = sqrt(0.1)
        var rmse = PredictionMetrics.Rmse([0.8, 0.4], [true, false]);

        Assert.That(rmse, Is.EqualTo(Math.Sqrt(0.1)).Within(1e-12));
    }
}
