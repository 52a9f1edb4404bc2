using AdaptiveLearning.Api.Features.Progress.GetDashboard;
using AdaptiveLearning.Api.Features.Progress.GetProgress;
using AdaptiveLearning.Api.Features.Users.DeleteMe;
using AdaptiveLearning.Api.Features.Users.ExportMe;
using AdaptiveLearning.Api.Features.Users.GetReviewLog;

namespace AdaptiveLearning.Api.FunctionalTests.Learning;

public sealed class ProgressTests : LearningTestBase
{
    [Test]
    public async Task ProgressRollsFacetsUpTheHierarchyWithForecastAndStreak()
    {
        var signs = await ContentSeed.QuestionsAsync("drive__rules__signs__warning", [ContentSeed.Mcq("S1", "a"), ContentSeed.Mcq("S2", "a")]);
        await ContentSeed.QuestionsAsync("drive__rules__speed__limits", [ContentSeed.Mcq("L1", "a"), ContentSeed.Mcq("L2", "a")]);
        Clock.UtcNow = new DateTimeOffset(2030, 3, 1, 12, 0, 0, TimeSpan.Zero);
        var learner = await LearningApi.LearnerAsync("ada");
        var session = await learner.StartAsync("practice");
        await learner.AnswerAsync(session, signs[0], selected: ["a"], rating: "easy");
        Clock.UtcNow += TimeSpan.FromDays(1);
        await learner.AnswerAsync(session, signs[1], selected: ["b"]);

        var progress = await learner.GetJsonAsync(GetProgressRequest.Route + "?node=drive__rules");
        var dashboard = await learner.GetJsonAsync(GetDashboardEndpoint.Route);
        var missing = await learner.GetAsync(Api.Route(GetProgressRequest.Route + "?node=no__such"));
        var node = progress.GetProperty("node");
        var children = progress.GetProperty("children");

        Assert.Multiple(() =>
        {
            Assert.That(node.GetProperty("totalQuestions").GetInt32(), Is.EqualTo(4));
            Assert.That(node.GetProperty("seen").GetInt32(), Is.EqualTo(2));
            Assert.That(node.GetProperty("answered").GetInt32(), Is.EqualTo(2));
            Assert.That(node.GetProperty("accuracy").GetDouble(), Is.EqualTo(0.5));
            Assert.That(node.GetProperty("mastery").GetDouble(), Is.InRange(0.01, 0.99));
            Assert.That(node.GetProperty("timeSpentMs").GetInt64(), Is.EqualTo(30_000));
            Assert.That(children.EnumerateArray().Select(c => c.GetProperty("path").GetString()),
                Is.EqualTo(new[] { "drive__rules__signs", "drive__rules__speed" }));
            Assert.That(children[1].GetProperty("seen").GetInt32(), Is.Zero);
            Assert.That(progress.GetProperty("forecast").GetArrayLength(), Is.EqualTo(30));
            Assert.That(progress.GetProperty("forecast").EnumerateArray().Sum(d => d.GetProperty("due").GetInt32()), Is.EqualTo(2));
            Assert.That(progress.GetProperty("streakDays").GetInt32(), Is.EqualTo(2));
            Assert.That(dashboard.GetProperty("topics")[0].GetProperty("path").GetString(), Is.EqualTo("drive"));
            Assert.That(dashboard.GetProperty("studiedToday").GetProperty("newCards").GetInt32(), Is.EqualTo(1));
        });
        await missing.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Test]
    public async Task ReviewLogExportsTheJoshCsvColumns()
    {
        var question = await ContentSeed.QuestionAsync("a__b__c__d", ContentSeed.Theory("Q"));
        var learner = await LearningApi.LearnerAsync("ada");
        var session = await learner.StartAsync("practice");
        var at = new DateTimeOffset(2024, 3, 29, 20, 32, 32, 250, TimeSpan.Zero);
        var answer = await learner.AnswerAsync(session, question, rating: "again", answeredAt: at);

        var csv = await (await learner.GetAsync(Api.Route(GetReviewLogRequest.Route + "?format=csv"))).Content.ReadAsStringAsync();
        var badFormat = await learner.GetAsync(Api.Route(GetReviewLogRequest.Route + "?format=xml"));

        Assert.That(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[]
        {
            "card_id,review_rating,review_time,review_duration",
            $"{answer.GetProperty("card").GetProperty("id").GetInt64()},1,2024-03-29T20:32:32.250000+00:00,15000",
        }));
        await badFormat.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Test]
    public async Task ExportHoldsMyLearningAndDeletingMeErasesIt()
    {
        var question = await ContentSeed.QuestionAsync("a__b__c__d", ContentSeed.Theory("Q"));
        var learner = await LearningApi.LearnerAsync("ada");
        var session = await learner.StartAsync("practice");
        var answer = await learner.AnswerAsync(session, question, rating: "good");
        var cardId = answer.GetProperty("card").GetProperty("id").GetInt64();
        await learner.PostJsonAsync(Features.Cards.CardRequest.For(cardId, Features.Cards.UndoAnswer.UndoAnswerEndpoint.Action), new { });

        var export = await learner.GetJsonAsync(ExportMeEndpoint.Route);
        var delete = await learner.DeleteAsync(Api.Route(DeleteMeEndpoint.Route));
        var left = await ContentSeed.ScalarAsync("""
            SELECT (SELECT COUNT(*) FROM learning_sessions) + (SELECT COUNT(*) FROM cards)
                 + (SELECT COUNT(*) FROM attempts) + (SELECT COUNT(*) FROM attempt_undos)
            """);

        var learning = export.GetProperty("data").GetProperty("learning");
        Assert.Multiple(() =>
        {
            Assert.That(learning.GetProperty("sessions").GetArrayLength(), Is.EqualTo(1));
            Assert.That(learning.GetProperty("cards").GetArrayLength(), Is.EqualTo(1));
            Assert.That(learning.GetProperty("attempts").GetArrayLength(), Is.EqualTo(1));
            Assert.That(delete.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(left, Is.Zero);
        });
    }
}
