using AdaptiveLearning.Domain.Scheduling;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.Scheduling;

public sealed class WorkloadSimulatorTests
{
    private static readonly DateTimeOffset Today = new(2024, 9, 1, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void HigherDesiredRetentionMeansMoreReviews()
    {
        var relaxed = WorkloadSimulator.ReviewsPerDay(Request(desiredRetention: 0.8, seed: 11));
        var strict = WorkloadSimulator.ReviewsPerDay(Request(desiredRetention: 0.95, seed: 11));

        TestContext.Out.WriteLine($"30 days: {relaxed.Sum()} reviews at 80%, {strict.Sum()} at 95%");
        Assert.That(strict.Sum(), Is.GreaterThan(relaxed.Sum() * 1.2));
    }

    [Test]
    public void SameSeedGivesTheSameForecast()
    {
        var first = WorkloadSimulator.ReviewsPerDay(Request(desiredRetention: 0.9, seed: 5));
        var second = WorkloadSimulator.ReviewsPerDay(Request(desiredRetention: 0.9, seed: 5));
        var otherSeed = WorkloadSimulator.ReviewsPerDay(Request(desiredRetention: 0.9, seed: 6));

        Assert.That(first, Is.EqualTo(second));
        Assert.That(otherSeed, Is.Not.EqualTo(first));
    }

    [Test]
    public void NewCardsArriveNoFasterThanTheDailyLimit()
    {
        var newOnly = Enumerable.Repeat(MemoryState.New, 100).ToList();
        var forecast = WorkloadSimulator.ReviewsPerDay(new WorkloadSimulationRequest(
            newOnly, FsrsParameters.Default, 0.9, Days: 1, NewCardsPerDay: 7, Seed: 1, Today, LearnerCalendar.Utc));

        Assert.That(forecast, Is.EqualTo(new[] { 7 }));
    }

    [Test]
    public void ForecastCoversEveryRequestedDay()
    {
        Assert.That(WorkloadSimulator.ReviewsPerDay(Request(desiredRetention: 0.9, seed: 1)), Has.Count.EqualTo(30));
    }

    private static WorkloadSimulationRequest Request(double desiredRetention, int seed)
    {
        var random = new Random(99);
        var reviewed = Enumerable.Range(0, 300).Select(_ =>
        {
            var stability = 1 + random.NextDouble() * 60;
            var lastReview = Today.AddDays(-random.Next(1, 40));
            return MemoryState.New with
            {
                State = CardState.Review,
                Stability = stability,
                Difficulty = 1 + random.NextDouble() * 9,
                IntervalDays = stability,
                Reps = 3,
                LastReview = lastReview,
                Due = lastReview.AddDays(stability),
            };
        });
        var cards = reviewed.Concat(Enumerable.Repeat(MemoryState.New, 200)).ToList();
        return new WorkloadSimulationRequest(cards, FsrsParameters.Default, desiredRetention, Days: 30, NewCardsPerDay: 5, seed, Today, LearnerCalendar.Utc);
    }
}
