using AdaptiveLearning.Domain.Adaptive;
using AdaptiveLearning.Domain.Tracing;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.Adaptive;

public sealed class PlacementTestTests
{
    private static Dictionary<string, IrtItem> Bank(Random random, int size = 400) =>
        Enumerable.Range(0, size).ToDictionary(i => $"item-{i}", _ => new IrtItem(1.2 + random.NextDouble(), -3 + 6 * random.NextDouble()));

    private static (PlacementTest Test, List<string> Items) Run(double trueTheta, int seed, bool adaptive)
    {
        var random = new Random(seed);
        var bank = Bank(new Random(1));
        var test = new PlacementTest(new PlacementOptions(MaxItems: 60), new AbilityEstimator());
        var items = new List<string>();
        var order = bank.Keys.OrderBy(_ => random.Next()).ToList();
        while (!test.IsComplete)
        {
            var id = adaptive ? test.SelectNext(bank, random) : order[items.Count];
            if (id is null) break;
            items.Add(id);
            test.Record(id, bank[id], random.NextDouble() < bank[id].Probability(trueTheta));
        }
        return (test, items);
    }

    [TestCase(-1.5)]
    [TestCase(0.0)]
    [TestCase(1.2)]
    public void EstimatesAbilityWithinTheTargetPrecision(double trueTheta)
    {
        var errors = Enumerable.Range(0, 20).Select(seed => Run(trueTheta, seed, adaptive: true).Test)
            .Select(t => (Error: Math.Abs(t.Ability.Theta - trueTheta), t.Ability.StandardError)).ToList();

        Assert.That(errors.Select(e => e.StandardError), Is.All.LessThanOrEqualTo(0.3 + 1e-9), "60 items are enough to reach SE 0.3 with this bank");
        Assert.That(errors.Count(e => e.Error <= 2 * 0.3), Is.GreaterThanOrEqualTo(18), "about 95% of runs within 2 SE");
    }

    [Test]
    public void AdaptiveSelectionNeedsFewerItemsThanRandomOrder()
    {
        var adaptive = Enumerable.Range(0, 10).Average(seed => Run(1.5, seed, adaptive: true).Items.Count);
        var random = Enumerable.Range(0, 10).Average(seed => Run(1.5, seed, adaptive: false).Items.Count);

        Assert.That(adaptive, Is.LessThan(random * 0.8), $"adaptive {adaptive:0.0} vs random {random:0.0} items");
    }

    [Test]
    public void NeverRepeatsAnItemAndStopsAtTheCap()
    {
        var bank = Bank(new Random(3), size: 10);
        var test = new PlacementTest(new PlacementOptions(TargetStandardError: 0.01, MaxItems: 8), new AbilityEstimator());
        var random = new Random(5);
        var seen = new List<string>();

        while (test.SelectNext(bank, random) is { } id)
        {
            seen.Add(id);
            test.Record(id, bank[id], correct: seen.Count % 2 == 0);
        }

        Assert.That(seen, Is.Unique);
        Assert.That(seen, Has.Count.EqualTo(8));
    }
}
