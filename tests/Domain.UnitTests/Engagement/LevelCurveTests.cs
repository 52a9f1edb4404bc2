using AdaptiveLearning.Domain.Engagement;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.Engagement;

public sealed class LevelCurveTests
{
    private static readonly LevelCurve Curve = new();

    [TestCase(0, 1, 0, 100)]
    [TestCase(99, 1, 0, 100)]
    [TestCase(100, 2, 100, 300)]
    [TestCase(299, 2, 100, 300)]
    [TestCase(300, 3, 300, 600)]
    [TestCase(4_500, 10, 4_500, 5_500)]
    [TestCase(-50, 1, 0, 100)]
    public void LevelsStartAtTheTriangularThresholds(long total, int level, long start, long next)
    {
        var standing = Curve.For(total);

        Assert.That((standing.Level, standing.LevelStartPoints, standing.NextLevelPoints), Is.EqualTo((level, start, next)));
    }

    [Test]
    public void EveryTotalLiesInsideItsLevel()
    {
        for (long total = 0; total < 200_000; total += 37)
        {
            var standing = Curve.For(total);
            Assert.That(total, Is.InRange(standing.LevelStartPoints, standing.NextLevelPoints - 1));
            Assert.That(standing.Progress, Is.InRange(0.0, 1.0));
        }
    }
}
