using AdaptiveLearning.Domain.Engagement;
using AdaptiveLearning.Domain.Learning;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.Engagement;

public sealed class PointsRulesTests
{
    private static readonly PointsRules Rules = new();
    private static readonly DateTimeOffset At = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [TestCase(1, true, 6)]
    [TestCase(3, true, 10)]
    [TestCase(5, true, 16)]
    [TestCase(3, false, 3)]
    [TestCase(5, false, 5)]
    [TestCase(9, true, 16)]
    public void AnAnswerEarnsBaseTimesDifficultyTimesCorrectness(int difficulty, bool correct, int expected) =>
        Assert.That(Rules.ForAnswer(SessionMode.Practice, difficulty, correct, 5_000, At, null), Is.EqualTo(expected));

    [Test]
    public void NothingIsEarnedInCramTooFastOrOnTheSameCardAgainAtOnce()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Rules.ForAnswer(SessionMode.Cram, 3, true, 5_000, At, null), Is.Zero);
            Assert.That(Rules.ForAnswer(SessionMode.Practice, 3, true, 999, At, null), Is.Zero);
            Assert.That(Rules.ForAnswer(SessionMode.Practice, 3, true, 5_000, At, At.AddSeconds(-29)), Is.Zero);
            Assert.That(Rules.ForAnswer(SessionMode.Learn, 3, true, 5_000, At, At.AddSeconds(-30)), Is.EqualTo(10));
        });
    }

    [Test]
    public void HiddenCorrectnessEarnsTheMidpointSoPointsRevealNothing() =>
        Assert.That(Rules.ForAnswer(SessionMode.MockTest, 3, null, 5_000, At, null), Is.EqualTo(7));

    [Test]
    public void ConfiguredMultipliersReplaceTheDefaults() =>
        Assert.That(new PointsRules { DifficultyMultipliers = [2.0] }.ForAnswer(SessionMode.Practice, 4, true, 5_000, At, null), Is.EqualTo(20));
}
