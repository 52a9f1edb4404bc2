using AdaptiveLearning.Api.Features.Progress.GetAbility;
using AdaptiveLearning.Api.FunctionalTests.Learning;

namespace AdaptiveLearning.Api.FunctionalTests.Adaptive;

public sealed class ScoredNextQuestionTests : LearningTestBase
{
    private const string Alpha = "lang__grammar__verbs__alpha";
    private const string Beta = "lang__grammar__verbs__beta";

    [Test]
    public async Task LearnPrefersNewQuestionsOfTheFacetWithTheLargerMasteryGap()
    {
        var alpha = await ContentSeed.QuestionsAsync(Alpha, Enumerable.Range(0, 5).Select(i => ContentSeed.Mcq($"A{i}", "a")).ToList());
        var beta = await ContentSeed.QuestionsAsync(Beta, Enumerable.Range(0, 3).Select(i => ContentSeed.Mcq($"B{i}", "a")).ToList());
        var learner = await LearningApi.LearnerAsync("ada");
        var practice = await learner.StartAsync("practice");
        foreach (var id in alpha.Take(3))
            await learner.AnswerAsync(practice, id, selected: ["a"], rating: "easy");

        var learn = await learner.StartAsync("learn");
        var next = await learner.NextAsync(learn, 4);
        var ids = next.EnumerateArray().Select(i => i.GetProperty("question").GetProperty("id").GetInt64()).ToList();
        var scores = next.EnumerateArray().Select(i => i.GetProperty("score")).ToList();

        Assert.Multiple(() =>
        {
            // The bank order would offer alpha first; beta, where nothing is known yet, has the larger mastery gap.
            Assert.That(ids.Take(3), Is.EquivalentTo(beta));
            Assert.That(ids[3], Is.EqualTo(alpha[3]));
            Assert.That(next.EnumerateArray().Select(i => i.GetProperty("reason").GetString()), Is.All.EqualTo("new"));
            Assert.That(scores[0].GetProperty("masteryGap").GetDouble(), Is.GreaterThan(scores[3].GetProperty("masteryGap").GetDouble()));
            Assert.That(scores.Select(s => s.GetProperty("total").GetDouble()), Is.Ordered.Descending);
            foreach (var score in scores)
            {
                foreach (var part in new[] { "urgency", "masteryGap", "difficultyMatch", "exploration", "successProbability" })
                    Assert.That(score.GetProperty(part).GetDouble(), Is.InRange(0.0, 1.0), part);
                Assert.That(score.GetProperty("predictionSource").GetString(), Is.EqualTo("bkt"), "no model and no calibrated items yet");
                Assert.That(score.TryGetProperty("factors", out _), Is.False);
            }
        });
    }

    [Test]
    public async Task PracticeScoresDueReviewsWithUrgencyAndReviewStaysUnscored()
    {
        var ids = await ContentSeed.QuestionsAsync(Alpha, [ContentSeed.Mcq("Old", "a"), ContentSeed.Mcq("New", "a")]);
        var learner = await LearningApi.LearnerAsync("ada");
        var learn = await learner.StartAsync("learn");
        await learner.AnswerAsync(learn, ids[0], selected: ["a"], rating: "easy");
        Clock.UtcNow += TimeSpan.FromDays(60);

        var practice = await learner.NextAsync(await learner.StartAsync("practice"));
        var review = await learner.NextAsync(await learner.StartAsync("review"));

        Assert.Multiple(() =>
        {
            Assert.That(practice[0].GetProperty("reason").GetString(), Is.EqualTo("overdue_review"));
            Assert.That(practice[0].GetProperty("score").GetProperty("urgency").GetDouble(), Is.EqualTo(1.0));
            Assert.That(practice[1].GetProperty("score").GetProperty("urgency").GetDouble(), Is.Zero, "a new question is not urgent");
            Assert.That(review[0].TryGetProperty("score", out _), Is.False, "review stays schedule-driven");
        });
    }

    [Test]
    public async Task ALearnerNeverSeesAnotherLearnersAbility()
    {
        var ids = await ContentSeed.QuestionsAsync(Alpha, [ContentSeed.Mcq("Q", "a")]);
        var ada = await LearningApi.LearnerAsync("ada");
        var bob = await LearningApi.LearnerAsync("bob");
        await ada.AnswerAsync(await ada.StartAsync("practice"), ids[0], selected: ["a"]);

        var adas = await ada.GetJsonAsync(GetAbilityEndpoint.Route);
        var bobs = await bob.GetJsonAsync(GetAbilityEndpoint.Route);

        Assert.Multiple(() =>
        {
            Assert.That(adas.GetProperty("topics")[0].GetProperty("responses").GetInt32(), Is.EqualTo(1));
            Assert.That(bobs.GetProperty("topics").GetArrayLength(), Is.Zero);
        });
    }
}
