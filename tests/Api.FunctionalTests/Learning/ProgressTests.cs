using AdaptiveLearning.Api.Features.Progress.GetDashboard;
using AdaptiveLearning.Api.Features.Progress.GetProgress;
using AdaptiveLearning.Api.Features.Users.DeleteMe;
using AdaptiveLearning.Api.Features.Users.ExportMe;
using AdaptiveLearning.Api.Features.Users.GetReviewLog;
using AdaptiveLearning.Api.FunctionalTests.Models;
using AdaptiveLearning.Client.Models;
using UpdateHierarchyNodeRequest = AdaptiveLearning.Api.Features.Hierarchy.UpdateHierarchyNode.UpdateHierarchyNodeRequest;

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
        var session = await learner.StartAsync(SessionMode.Practice);
        await learner.AnswerAsync(session, signs[0], selected: ["a"], rating: Rating.Easy);
        Clock.UtcNow += TimeSpan.FromDays(1);
        await learner.AnswerAsync(session, signs[1], selected: ["b"]);

        var progress = await learner.GetAsAsync<ProgressReport>(GetProgressRequest.Route + "?node=drive__rules");
        var dashboard = await learner.GetAsAsync<Dashboard>(GetDashboardEndpoint.Route);
        var missing = await learner.GetAsync(Api.Route(GetProgressRequest.Route + "?node=no__such"));
        var node = progress.Node;
        var children = progress.Children;

        Assert.Multiple(() =>
        {
            Assert.That(node.TotalQuestions, Is.EqualTo(4));
            Assert.That(node.Seen, Is.EqualTo(2));
            Assert.That(node.Answered, Is.EqualTo(2));
            Assert.That(node.Accuracy, Is.EqualTo(0.5));
            Assert.That(node.Mastery, Is.InRange(0.01, 0.99));
            Assert.That(node.TimeSpentMs, Is.EqualTo(30_000));
            Assert.That(children.Select(c => c.Path), Is.EqualTo(new[] { "drive__rules__signs", "drive__rules__speed" }));
            Assert.That(children[1].Seen, Is.Zero);
            Assert.That(progress.Forecast, Has.Count.EqualTo(30));
            Assert.That(progress.Forecast.Sum(d => d.Due), Is.EqualTo(2));
            Assert.That(progress.StreakDays, Is.EqualTo(2));
            Assert.That(dashboard.Topics[0].Path, Is.EqualTo("drive"));
            Assert.That(dashboard.StudiedToday.NewCards, Is.EqualTo(1));
        });
        await missing.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Test]
    public async Task ADeactivatedSubtopicLeavesProgressAndStudyButItsAnswersStillCount()
    {
        var lights = await ContentSeed.QuestionsAsync("drive__rules__lights__signals", [ContentSeed.Mcq("T1", "a")]);
        var signs = await ContentSeed.QuestionsAsync("drive__rules__signs__warning", [ContentSeed.Mcq("S1", "a")]);
        var speed = await ContentSeed.QuestionsAsync("drive__rules__speed__limits", [ContentSeed.Mcq("L1", "a")]);
        var learner = await LearningApi.LearnerAsync("ada");
        var session = await learner.StartAsync(SessionMode.Practice);
        foreach (var question in new[] { lights[0], signs[0], speed[0] })
            await learner.AnswerAsync(session, question, selected: ["b"]);
        var admin = await Api.AdminAsync();
        await admin.PatchAsAsync<HierarchyNode>(UpdateHierarchyNodeRequest.For("drive__rules__speed"),
            new AdaptiveLearning.Client.Models.UpdateHierarchyNodeRequest { Active = false });
        Clock.UtcNow += TimeSpan.FromDays(2);

        var progress = await learner.GetAsAsync<ProgressReport>(GetProgressRequest.Route + "?node=drive__rules");
        var signsOnly = await learner.GetAsAsync<ProgressReport>(GetProgressRequest.Route + "?node=drive__rules__signs");
        var offered = await learner.NextIdsAsync(await learner.StartAsync(SessionMode.Review));

        Assert.Multiple(() =>
        {
            Assert.That(progress.Node.TotalQuestions, Is.EqualTo(2), "only the visible subtopics' questions");
            Assert.That(progress.Node.Seen, Is.EqualTo(2), "the card under the inactive subtopic is not shown");
            Assert.That(progress.Node.Answered, Is.EqualTo(3), "answers already given stay in the learner's record");
            Assert.That(progress.Children.Select(c => c.Path), Is.EqualTo(new[] { "drive__rules__lights", "drive__rules__signs" }));
            Assert.That(progress.Forecast.Sum(d => d.Due), Is.EqualTo(2));
            Assert.That((signsOnly.Node.Seen, signsOnly.Node.Answered), Is.EqualTo((1, 1)), "a narrower scope counts only its own");
            Assert.That(offered, Is.EquivalentTo(new[] { lights[0], signs[0] }), "a due card under an inactive node is not offered for review");
        });
    }

    [Test]
    public async Task ReviewLogExportsTheJoshCsvColumns()
    {
        var question = await ContentSeed.QuestionAsync("a__b__c__d", ContentSeed.Theory("Q"));
        var learner = await LearningApi.LearnerAsync("ada");
        var session = await learner.StartAsync(SessionMode.Practice);
        var at = new DateTimeOffset(2024, 3, 29, 20, 32, 32, 250, TimeSpan.Zero);
        var answer = await learner.AnswerAsync(session, question, rating: Rating.Again, answeredAt: at);

        var csv = await (await learner.GetAsync(Api.Route(GetReviewLogRequest.Route + "?format=csv"))).Content.ReadAsStringAsync();
        var badFormat = await learner.GetAsync(Api.Route(GetReviewLogRequest.Route + "?format=xml"));

        Assert.That(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[]
        {
            "card_id,review_rating,review_time,review_duration",
            $"{answer.Card!.Id},1,2024-03-29T20:32:32.250000+00:00,15000",
        }));
        await badFormat.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Test]
    public async Task ExportHoldsMyLearningAndDeletingMeErasesIt()
    {
        var question = await ContentSeed.QuestionAsync("a__b__c__d", ContentSeed.Theory("Q"));
        var learner = await LearningApi.LearnerAsync("ada");
        var session = await learner.StartAsync(SessionMode.Practice);
        var answer = await learner.AnswerAsync(session, question, rating: Rating.Good);
        await learner.ChangeCardAsync(answer.Card!.Id, Features.Cards.UndoAnswer.UndoAnswerEndpoint.Action);

        var export = await learner.GetAsAsync<LearningExport>(ExportMeEndpoint.Route);
        var delete = await learner.DeleteAsync(Api.Route(DeleteMeEndpoint.Route));
        var left = await ContentSeed.ScalarAsync("""
            SELECT (SELECT COUNT(*) FROM learning_sessions) + (SELECT COUNT(*) FROM cards)
                 + (SELECT COUNT(*) FROM attempts) + (SELECT COUNT(*) FROM attempt_undos)
            """);

        var learning = export.Data.Learning;
        Assert.Multiple(() =>
        {
            Assert.That(learning.Sessions, Has.Count.EqualTo(1));
            Assert.That(learning.Cards, Has.Count.EqualTo(1));
            Assert.That(learning.Attempts, Has.Count.EqualTo(1));
            Assert.That(delete.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(left, Is.Zero);
        });
    }
}
