using NUnit.Framework;
using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Domain.UnitTests.Tracing;

public class KnowledgeTraceTests
{
    private static readonly BayesianKnowledgeTracing Bkt = new(BktParameters.Default);

    [Test]
    public void TracingIsOneUpdatePerResponseInOrder()
    {
        var random = new Random(3);
        for (var run = 0; run < 100; run++)
        {
            var responses = Enumerable.Range(0, random.Next(0, 30)).Select(_ => random.NextDouble() < 0.6).ToList();
            var expected = responses.Aggregate(0.4, (p, correct) => Bkt.Update(p, correct));

            Assert.That(Bkt.Trace(0.4, responses), Is.EqualTo(expected).Within(1e-12));
        }
    }

    [Test]
    public void ARunOfCorrectAnswersDrivesMasteryUpAndARunOfWrongOnesKeepsItLow()
    {
        Assert.That(Bkt.Trace(0.4, Enumerable.Repeat(true, 8)), Is.GreaterThan(0.99));
        // Learning still happens while failing, so P(known) settles near the learn rate rather than 0.
        Assert.That(Bkt.Trace(0.4, Enumerable.Repeat(false, 8)), Is.LessThan(0.15));
    }
}
