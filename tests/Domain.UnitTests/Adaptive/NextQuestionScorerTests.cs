using AdaptiveLearning.Domain.Adaptive;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.Adaptive;

public sealed class NextQuestionScorerTests
{
    private static CandidateSignals Signals(double? r = null, double mastery = 0.5, double predicted = 0.75, int shown = 0, int total = 10) =>
        new(r, 0.9, mastery, predicted, shown, total);

    [Test]
    public void ADueCardIsFullyUrgentAndAFreshOneIsNot()
    {
        Assert.Multiple(() =>
        {
            Assert.That(NextQuestionScorer.Urgency(0.9, 0.9), Is.EqualTo(1).Within(1e-9));
            Assert.That(NextQuestionScorer.Urgency(0.5, 0.9), Is.EqualTo(1), "overdue stays at the cap");
            Assert.That(NextQuestionScorer.Urgency(1.0, 0.9), Is.Zero);
            Assert.That(NextQuestionScorer.Urgency(null, 0.9), Is.Zero, "a new question has nothing to forget");
        });
    }

    [Test]
    public void PredictionsNearTheTargetMatchBest()
    {
        var w = ScoreWeights.Default;

        var atTarget = NextQuestionScorer.Score(Signals(predicted: 0.75), w).DifficultyMatch;
        var tooEasy = NextQuestionScorer.Score(Signals(predicted: 0.99), w).DifficultyMatch;
        var tooHard = NextQuestionScorer.Score(Signals(predicted: 0.2), w).DifficultyMatch;

        Assert.That(atTarget, Is.EqualTo(1));
        Assert.That(tooEasy, Is.LessThan(atTarget));
        Assert.That(tooHard, Is.LessThan(tooEasy));
    }

    [Test]
    public void RarelyShownQuestionsGetABiggerExplorationBonus()
    {
        var never = NextQuestionScorer.Exploration(0, 50, 1);
        var often = NextQuestionScorer.Exploration(20, 50, 1);

        Assert.That(never, Is.GreaterThan(often));
        Assert.That(never, Is.LessThanOrEqualTo(1));
    }

    [Test]
    public void TotalIsTheWeightedSumOfItsParts()
    {
        var w = new ScoreWeights { Urgency = 1, MasteryGap = 2, DifficultyMatch = 3, Exploration = 4 };

        var s = NextQuestionScorer.Score(Signals(r: 0.95, mastery: 0.2, predicted: 0.6, shown: 3, total: 40), w);

        Assert.That(s.Total, Is.EqualTo(s.Urgency + 2 * s.MasteryGap + 3 * s.DifficultyMatch + 4 * s.Exploration).Within(1e-12));
    }

    [Test]
    public void EveryPartStaysBetweenZeroAndOneForRandomSignals()
    {
        var random = new Random(7);
        for (var i = 0; i < 10_000; i++)
        {
            var s = NextQuestionScorer.Score(new CandidateSignals(
                random.NextDouble() < 0.3 ? null : random.NextDouble(), 0.7 + random.NextDouble() * 0.29,
                random.NextDouble(), random.NextDouble(), random.Next(100), random.Next(10_000)), ScoreWeights.Default);
            Assert.That(new[] { s.Urgency, s.MasteryGap, s.DifficultyMatch, s.Exploration }, Is.All.InRange(0.0, 1.0));
        }
    }
}
