using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using AdaptiveLearning.Api.Features.Cards.ListCards;
using AdaptiveLearning.Client.Models;

using SubmitAnswerBatchRequest = AdaptiveLearning.Api.Features.Answers.SubmitAnswerBatch.SubmitAnswerBatchRequest;

namespace AdaptiveLearning.Api.FunctionalTests.Learning;

/// <summary>
/// The acceptance test of issue 5: a real learner's 12,580 reviews replayed through the batch
/// endpoint must leave every card with the reference FSRS-6 stability and difficulty.
/// </summary>
public sealed class JoshReplayTests : LearningTestBase
{
    private const double RelativeTolerance = 0.001;
    private const int BatchSize = 1000;

    [Test]
    public async Task ReplayingJoshLogThroughBatchSyncReproducesReferenceStabilityAndDifficulty()
    {
        var shared = LocateShared();
        var log = File.ReadLines(Path.Combine(shared, "datasets", "review-logs", "josh.csv")).Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split(',')).ToList();
        var reference = JsonSerializer.Deserialize<Reference>(File.ReadAllText(Path.Combine(shared, "reference", "fsrs", "josh-final-states.json")), SnakeCase)!;
        var joshCards = log.Select(f => f[0]).Distinct().ToList();
        var questions = await ContentSeed.QuestionsAsync("josh__deck__cards__all",
            joshCards.Select(id => ContentSeed.Theory("Card " + id)).ToList());
        var questionOf = joshCards.Zip(questions).ToDictionary(p => p.First, p => p.Second);
        var learner = await LearningApi.LearnerAsync("josh", "UTC", new LearningSettingsPatch { DayStartHour = 0 });

        var cardOf = new Dictionary<long, long>();
        var watch = Stopwatch.StartNew();
        foreach (var batch in log.Select((f, i) => new
                 {
                     clientAttemptId = "josh-" + i,
                     questionId = questionOf[f[0]],
                     rating = int.Parse(f[1], CultureInfo.InvariantCulture),
                     answeredAt = DateTimeOffset.Parse(f[2], CultureInfo.InvariantCulture),
                     timeSpentMs = Math.Min(int.Parse(f[3], CultureInfo.InvariantCulture), 86_400_000),
                 }).Chunk(BatchSize))
        {
            // The log holds ratings as numbers (1-4); they go out as they are, as an importing client would send them.
            var result = await learner.PostAsAsync<AnswerBatchResult>(SubmitAnswerBatchRequest.Route, new { answers = batch });
            Assert.That(result.Failed, Is.Zero, string.Join("; ", result.Items.Where(i => i.Error is not null).Take(20)
                .Select(i => $"{i.ClientAttemptId}: {i.Error!.Code} {i.Error.Detail}")));
            foreach (var answered in result.Items.Select(i => i.Result!))
                cardOf[answered.QuestionId] = answered.Card!.Id;
        }
        var elapsed = watch.Elapsed;

        var worst = 0.0;
        var mismatches = new List<string>();
        var cards = await AllCardsAsync(learner);
        foreach (var expected in reference.Cards)
        {
            var card = cards[cardOf[questionOf[expected.CardId]]];
            var error = Math.Max(Relative(card.Stability, expected.Stability), Relative(card.Difficulty, expected.Difficulty));
            worst = Math.Max(worst, error);
            if (error > RelativeTolerance)
                mismatches.Add($"{expected.CardId}: stability {card.Stability}, difficulty {card.Difficulty} vs {expected}");
        }

        TestContext.Out.WriteLine($"{log.Count} reviews in {elapsed.TotalSeconds:F1} s ({log.Count / elapsed.TotalSeconds:F0}/s), " +
                                  $"{cards.Count} cards, largest relative error {worst:E2}");
        Assert.Multiple(() =>
        {
            Assert.That(cards, Has.Count.EqualTo(reference.Cards.Count));
            Assert.That(mismatches, Is.Empty);
        });
    }

    private static async Task<Dictionary<long, CardView>> AllCardsAsync(HttpClient learner)
    {
        var cards = new Dictionary<long, CardView>();
        string? after = null;
        do
        {
            var page = await learner.GetAsAsync<CardPage>(ListCardsRequest.Route + "?limit=500" + (after is null ? "" : "&after=" + after));
            foreach (var card in page.Items)
                cards[card.Id] = card;
            after = page.NextCursor;
        } while (after is not null);
        return cards;
    }

    /// <summary>A card without a memory state counts as infinitely far from the reference.</summary>
    private static double Relative(double? actual, double expected) =>
        actual is { } value ? Math.Abs(value - expected) / Math.Abs(expected) : double.PositiveInfinity;

    private static readonly JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The reference FSRS-6 end states of josh-final-states.json (a shared dataset, not an API response).</summary>
    private sealed record Reference(List<ReferenceCard> Cards);

    private sealed record ReferenceCard(string CardId, double Stability, double Difficulty);

    /// <summary>The team's shared folder beside the repository (or ADAPTIVE_SHARED_DIR); a plain clone has none.</summary>
    private static string LocateShared()
    {
        if (Environment.GetEnvironmentVariable("ADAPTIVE_SHARED_DIR") is { Length: > 0 } configured && Directory.Exists(Path.Combine(configured, "reference")))
            return configured;
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (File.Exists(Path.Combine(candidate, "reference", "fsrs", "josh-final-states.json"))
                && File.Exists(Path.Combine(candidate, "datasets", "review-logs", "josh.csv")))
                return candidate;
        }
        Assert.Ignore("needs shared/reference and shared/datasets: set ADAPTIVE_SHARED_DIR or place the shared folder beside the repository");
        return "";
    }
}
