using AdaptiveLearning.Domain.ItemAnalysis;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.ItemAnalysis;

public sealed class ItemStatsTallyTests
{
    [Test]
    public void AnAnswerIsCountedWithTheRestScoreOfTheLearnersEarlierAnswers()
    {
        var tally = new ItemStatsTally(new Dictionary<string, LearnerTotals> { ["ada"] = new(4, 3) }, minAbilityAnswers: 5);

        var first = tally.Add(new TalliedAnswer(1, "ada", 10, 1, true, ["a"], 2000));
        var second = tally.Add(new TalliedAnswer(2, "ada", 11, 1, false, ["b"], 2000));

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.Null, "four earlier answers are too few");
            Assert.That(second, Is.EqualTo(0.8), "4 of 5 earlier answers right, this one excluded");
            Assert.That(tally.LearnerDeltas["ada"], Is.EqualTo(new LearnerTotals(2, 1)));
            Assert.That(tally.Picks[(11, 1, "b", AbilityBands.Of(0.8))], Is.EqualTo(1));
        });
    }

    [Test]
    public void RemovingWhatWasAddedLeavesNothing()
    {
        var random = new Random(3);
        var answers = Enumerable.Range(1, 300).Select(i => new TalliedAnswer(i, $"u{random.Next(10)}", random.Next(3), 1 + random.Next(2),
            random.NextDouble() < 0.6, [((char)('a' + random.Next(4))).ToString()], random.Next(500, 60_000))).ToList();
        var adding = new ItemStatsTally(new Dictionary<string, LearnerTotals>(), 5);
        var abilities = answers.Select(adding.Add).ToList();
        var removing = new ItemStatsTally(new Dictionary<string, LearnerTotals>(), 5);
        foreach (var (answer, ability) in answers.Zip(abilities))
            removing.Remove(answer with { Ability = ability });

        Assert.Multiple(() =>
        {
            foreach (var (key, added) in adding.Versions)
            {
                var sum = added.Plus(removing.Versions[key]);
                Assert.That(sum.Attempts + sum.Correct + sum.AbilityAttempts + sum.AbilityCorrect, Is.Zero);
                Assert.That(Math.Abs(sum.AbilitySum) + Math.Abs(sum.AbilitySumOfSquares) + Math.Abs(sum.AbilityCorrectSum), Is.LessThan(1e-9));
            }
            Assert.That(adding.Picks.Select(p => p.Value + removing.Picks[p.Key]), Has.All.Zero);
            Assert.That(adding.Times.Select(t => t.Value + removing.Times[t.Key]), Has.All.Zero);
            Assert.That(adding.LearnerDeltas.Select(l => l.Value.Attempts + removing.LearnerDeltas[l.Key].Attempts), Has.All.Zero);
        });
    }
}
