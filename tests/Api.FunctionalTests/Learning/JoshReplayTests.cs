using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using AdaptiveLearning.Api.Features.Answers.SubmitAnswerBatch;

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
        using var reference = JsonDocument.Parse(File.ReadAllText(Path.Combine(shared, "reference", "fsrs", "josh-final-states.json")));
        var joshCards = log.Select(f => f[0]).Distinct().ToList();
        var questions = await ContentSeed.QuestionsAsync("josh__deck__cards__all",
            joshCards.Select(id => ContentSeed.Theory("Card " + id)).ToList());
        var questionOf = joshCards.Zip(questions).ToDictionary(p => p.First, p => p.Second);
        var learner = await LearningApi.LearnerAsync("josh", "UTC", new { dayStartHour = 0 });

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
            var result = await learner.PostJsonAsync(SubmitAnswerBatchRequest.Route, new { answers = batch });
            Assert.That(result.GetProperty("failed").GetInt32(), Is.Zero, result.ToString()[..Math.Min(2000, result.ToString().Length)]);
            foreach (var item in result.GetProperty("items").EnumerateArray())
            {
                var r = item.GetProperty("result");
                cardOf[r.GetProperty("questionId").GetInt64()] = r.GetProperty("card").GetProperty("id").GetInt64();
            }
        }
        var elapsed = watch.Elapsed;

        var worst = 0.0;
        var mismatches = new List<string>();
        var cards = await AllCardsAsync(learner);
        foreach (var expected in reference.RootElement.GetProperty("cards").EnumerateArray())
        {
            var card = cards[cardOf[questionOf[expected.GetProperty("card_id").GetString()!]]];
            var error = Math.Max(
                Relative(card.GetProperty("stability").GetDouble(), expected.GetProperty("stability").GetDouble()),
                Relative(card.GetProperty("difficulty").GetDouble(), expected.GetProperty("difficulty").GetDouble()));
            worst = Math.Max(worst, error);
            if (error > RelativeTolerance)
                mismatches.Add($"{expected.GetProperty("card_id")}: {card} vs {expected}");
        }

        TestContext.Out.WriteLine($"{log.Count} reviews in {elapsed.TotalSeconds:F1} s ({log.Count / elapsed.TotalSeconds:F0}/s), " +
                                  $"{cards.Count} cards, largest relative error {worst:E2}");
        Assert.Multiple(() =>
        {
            Assert.That(cards, Has.Count.EqualTo(reference.RootElement.GetProperty("cards").GetArrayLength()));
            Assert.That(mismatches, Is.Empty);
        });
    }

    private static async Task<Dictionary<long, JsonElement>> AllCardsAsync(HttpClient learner)
    {
        var cards = new Dictionary<long, JsonElement>();
        string? after = null;
        do
        {
            var page = await learner.GetJsonAsync(Features.Cards.ListCards.ListCardsRequest.Route + "?limit=500" + (after is null ? "" : "&after=" + after));
            foreach (var card in page.GetProperty("items").EnumerateArray())
                cards[card.GetProperty("id").GetInt64()] = card;
            after = page.TryGetProperty("nextCursor", out var next) ? next.GetString() : null;
        } while (after is not null);
        return cards;
    }

    private static double Relative(double actual, double expected) => Math.Abs(actual - expected) / Math.Abs(expected);

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
