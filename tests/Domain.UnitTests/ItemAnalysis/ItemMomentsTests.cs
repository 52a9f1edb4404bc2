using AdaptiveLearning.Domain.ItemAnalysis;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.ItemAnalysis;

public sealed class ItemMomentsTests
{
    [Test]
    public void PointBiserialFromSumsMatchesPearsonOnTheRawAnswers()
    {
        var random = new Random(7);
        var answers = Enumerable.Range(0, 200).Select(_ =>
        {
            var ability = random.NextDouble();
            return (Ability: ability, Correct: random.NextDouble() < 0.2 + 0.6 * ability);
        }).ToList();
        var tally = new ItemStatsTally(new Dictionary<string, LearnerTotals>(), 0);
        var id = 0;
        foreach (var (ability, correct) in answers)
            tally.Remove(new TalliedAnswer(++id, $"u{id}", 1, 1, correct, [], 1000, ability));
        // Removing builds the same sums with the opposite sign, from the abilities given.
        var m = tally.Versions[(1, 1)];
        var sums = new ItemMoments(-m.Attempts, -m.Correct, -m.AbilityAttempts, -m.AbilityCorrect, -m.AbilitySum, -m.AbilitySumOfSquares, -m.AbilityCorrectSum);

        Assert.That(sums.PointBiserial(), Is.EqualTo(Pearson(answers.Select(a => a.Ability).ToList(), answers.Select(a => a.Correct ? 1.0 : 0).ToList())).Within(1e-9));
    }

    [Test]
    public void PointBiserialIsUndefinedWithoutSpreadOrWithoutBothOutcomes()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new ItemMoments(10, 10, 10, 10, 5, 3, 5).PointBiserial(), Is.Null, "all correct");
            Assert.That(new ItemMoments(10, 5, 10, 5, 5, 2.5, 2.5).PointBiserial(), Is.Null, "every learner of ability 0.5");
            Assert.That(ItemMoments.Empty.ProportionCorrect, Is.Null);
        });
    }

    private static double Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        double mx = x.Average(), my = y.Average();
        var cov = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum();
        return cov / Math.Sqrt(x.Sum(a => (a - mx) * (a - mx)) * y.Sum(b => (b - my) * (b - my)));
    }
}
