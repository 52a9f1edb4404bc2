using AdaptiveLearning.Domain.Scheduling;
using AdaptiveLearning.Domain.Simulation;
using AdaptiveLearning.Domain.Tracing;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.Simulation;

public sealed class SimulatedLearnerTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    /// <summary>An item the learner always gets right, so every answer is a Good review of their memory.</summary>
    private static readonly IrtItem Trivial = new(1, -40);

    [Test]
    public void StudyNeverMakesAnItemHarderThanAbilityAlone()
    {
        var random = new Random(11);
        for (var run = 0; run < 50; run++)
        {
            var learner = new SimulatedLearner(MemoryParameterSampler.Normal(random), MemoryParameterSampler.Draw(FsrsParameters.Default, 0.5, random));
            var items = Enumerable.Range(0, 5).Select(_ => new IrtItem(0.5 + random.NextDouble(), 2 * MemoryParameterSampler.Normal(random))).ToArray();
            var now = Start;
            for (var answer = 0; answer < 40; answer++)
            {
                now = now.AddHours(random.NextDouble() * 72);
                var id = random.Next(items.Length);
                learner.Answer(id, items[id], now, random);
                var later = now.AddDays(random.NextDouble() * 60);
                foreach (var (item, i) in items.Select((item, i) => (item, i)))
                    Assert.That(learner.CorrectProbability(i, item, later), Is.GreaterThanOrEqualTo(item.Probability(learner.Theta) - 1e-12));
            }
        }
    }

    [Test]
    public void RecallFadesWithTimeSinceStudyAndIsZeroForWhatWasNeverStudied()
    {
        var learner = new SimulatedLearner(0, FsrsParameters.Default);
        learner.Answer(1, Trivial, Start, new Random(1));

        var recall = new[] { 0.5, 1, 3, 10, 30 }.Select(days => learner.Recall(1, Start.AddDays(days))).ToArray();

        Assert.That(recall, Is.Ordered.Descending);
        Assert.That(recall, Is.All.InRange(0.0, 1.0));
        Assert.That(learner.Recall(2, Start.AddDays(1)), Is.Zero);
    }

    [Test]
    public void SpacedReviewsOutlastTheSameReviewsMassedInOneDay()
    {
        var spaced = new SimulatedLearner(0, FsrsParameters.Default);
        var massed = new SimulatedLearner(0, FsrsParameters.Default);
        var random = new Random(3);
        foreach (var days in new[] { 0, 2, 7 })
        {
            spaced.Answer(1, Trivial, Start.AddDays(days), random);
            massed.Answer(1, Trivial, Start.AddMinutes(10 * days), random);
        }

        var exam = Start.AddDays(40);
        Assert.That(spaced.Recall(1, exam), Is.GreaterThan(massed.Recall(1, exam) + 0.05));
    }

    [Test]
    public void DrawnMemoryWeightsAreAdmissibleAndBetterFirstRatingsNeverLessStable()
    {
        var random = new Random(7);
        for (var draw = 0; draw < 2000; draw++)
        {
            var w = MemoryParameterSampler.Draw(FsrsParameters.Default, spread: 1.5, random);
            Assert.That(new[] { w[0], w[1], w[2], w[3] }, Is.Ordered.Ascending);
        }
    }

    [Test]
    public void NoSpreadKeepsThePopulationWeights() =>
        Assert.That(MemoryParameterSampler.Draw(FsrsParameters.Default, 0, new Random(5)).Values, Is.EqualTo(FsrsParameters.Default.Values));
}
