using AdaptiveLearning.Domain.Tracing;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.Tracing;

public sealed class CalibrationCurveTests
{
    [Test]
    public void OutcomesDrawnFromThePredictionsAreWellCalibrated()
    {
        var random = new Random(4);
        var predicted = Enumerable.Range(0, 200_000).Select(_ => random.NextDouble()).ToArray();
        var actual = predicted.Select(p => random.NextDouble() < p).ToArray();

        var curve = CalibrationCurve.Of(predicted, actual);

        Assert.That(curve.ExpectedCalibrationError, Is.LessThan(0.01));
        Assert.That(curve.Bins, Has.Count.EqualTo(10));
        Assert.That(curve.Bins.Sum(b => b.Count), Is.EqualTo(predicted.Length));
    }

    [Test]
    public void OverconfidencePushedFromTheMiddleShowsAsTheGap()
    {
        var random = new Random(9);
        var truth = Enumerable.Range(0, 100_000).Select(_ => 0.3 + 0.4 * random.NextDouble()).ToArray();
        var actual = truth.Select(p => random.NextDouble() < p).ToArray();
        var overconfident = truth.Select(p => Math.Clamp(0.5 + 2 * (p - 0.5), 0, 1)).ToArray();

        var curve = CalibrationCurve.Of(overconfident, actual);

        // |2(p − 0.5)| − |p − 0.5| averaged over p uniform on [0.3, 0.7] is 0.1.
        Assert.That(curve.ExpectedCalibrationError, Is.EqualTo(0.1).Within(0.01));
        Assert.That(curve.Bins.First().MeanPredicted, Is.LessThan(curve.Bins.First().Observed));
        Assert.That(curve.Bins.Last().MeanPredicted, Is.GreaterThan(curve.Bins.Last().Observed));
    }

    [Test]
    public void AProbabilityOfOneFallsInTheTopBin() =>
        Assert.That(CalibrationCurve.Of([1.0, 0.95], [true, true]).Bins.Single().Lower, Is.EqualTo(0.9));
}
