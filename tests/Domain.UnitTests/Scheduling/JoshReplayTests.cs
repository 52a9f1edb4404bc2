using System.Text.Json;
using AdaptiveLearning.Domain.Scheduling;
using AdaptiveLearning.Domain.UnitTests.Scheduling.Reference;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.Scheduling;

/// <summary>
/// Replays a real learner's 12,580 reviews and compares every card's final memory state with
/// ts-fsrs and fsrs-rs, which agree with each other to about 1e-4.
/// </summary>
public sealed class JoshReplayTests
{
    private const double RelativeTolerance = 0.001;

    [Test]
    public void ReplayingJoshLogReproducesReferenceStabilityAndDifficultyOfEveryCard()
    {
        var logPath = SharedReference.RequireFile("datasets", "review-logs", "josh.csv");
        var statesPath = SharedReference.RequireFile("reference", "fsrs", "josh-final-states.json");
        var reviewsByCard = ReviewLogCsv.ReadByCard(logPath);
        using var reference = JsonDocument.Parse(File.ReadAllText(statesPath));
        var scheduler = new FsrsScheduler(SchedulerSettings.Default with { EnableFuzz = false });

        var worst = (Error: 0.0, Card: "");
        var mismatches = new List<string>();
        var cards = reference.RootElement.GetProperty("cards").EnumerateArray().ToList();
        foreach (var expected in cards)
        {
            var cardId = expected.GetProperty("card_id").GetString()!;
            var card = reviewsByCard[cardId].Aggregate(
                MemoryState.New,
                (state, review) => scheduler.Review(state, review.Rating, review.ReviewedAt, LearnerCalendar.Utc));

            var error = Math.Max(
                RelativeError(card.Stability!.Value, expected.GetProperty("stability").GetDouble()),
                RelativeError(card.Difficulty!.Value, expected.GetProperty("difficulty").GetDouble()));
            if (error > worst.Error)
            {
                worst = (error, cardId);
            }

            if (error > RelativeTolerance)
            {
                mismatches.Add($"{cardId}: S {card.Stability:F6} vs {expected.GetProperty("stability")}, D {card.Difficulty:F6} vs {expected.GetProperty("difficulty")}");
            }
        }

        TestContext.Out.WriteLine($"{cards.Count} cards, largest relative error {worst.Error:E2} (card {worst.Card})");
        Assert.That(cards, Has.Count.EqualTo(reviewsByCard.Count));
        Assert.That(mismatches, Is.Empty);
    }

    private static double RelativeError(double actual, double expected) => Math.Abs(actual - expected) / Math.Abs(expected);
}
