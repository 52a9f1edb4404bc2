using AdaptiveLearning.Api.Features.Analytics;
using AdaptiveLearning.Api.Features.Cards.UndoAnswer;
using AdaptiveLearning.Api.Features.Questions.GetQuestionStats;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Analytics;

/// <summary>
/// Item statistics from answers given through the answer route: five strong and five weak learners (by their answers to
/// five warm-up questions) answer a good question, which the strong get right, and a bad one, whose distractor 'b'
/// the strong pick while the weak pick the key.
/// </summary>
public sealed class ItemStatsTests : LearningTestBase
{
    private const string Facet = "science__physics__motion__speed";

    [Test]
    public async Task ADistractorTheStrongPickOverTheKeyIsFlaggedAndAGoodQuestionIsNot()
    {
        var (good, bad) = await SimulateAsync();
        var admin = await LearningApi.AdminAsync();
        var run = await ItemStatsRefresh.RunAsync(admin);

        var badStats = await admin.GetAsAsync<QuestionStats>(GetQuestionStatsRequest.For(bad));
        var goodStats = await admin.GetAsAsync<QuestionStats>(GetQuestionStatsRequest.For(good));
        var weak = await admin.GetAsAsync<WeakItemsPage>($"{AnalyticsRoutes.Items}?node={Facet}&sort=discrimination&minAttempts=10");

        var badVersion = badStats.Versions.Single();
        var option = badVersion.Options.ToDictionary(o => o.Key);
        Assert.Multiple(() =>
        {
            Assert.That(run.Run!.AttemptsAdded, Is.EqualTo(70), "10 learners × 7 answers");
            Assert.That(badStats.ComputedAt, Is.Not.Null);
            Assert.That(badStats.Attempts, Is.EqualTo(10));
            Assert.That(badVersion.ProportionCorrect, Is.EqualTo(0.5));
            Assert.That(badVersion.Discrimination, Is.EqualTo(-1).Within(1e-9), "only the weak get it right");
            Assert.That(badVersion.TopGroupAttempts, Is.EqualTo(5));
            Assert.That(option["b"].TopGroupPicks, Is.EqualTo(5));
            Assert.That(option["a"].IsKey, Is.True);
            Assert.That(option["a"].TopGroupPicks, Is.Zero);
            Assert.That(badVersion.MedianTimeMs, Is.EqualTo(15_000).Within(6).Percent);
            Assert.That(badVersion.EstimatedTimeSeconds, Is.EqualTo(20));
            Assert.That(badVersion.MedianToEstimate, Is.EqualTo(0.75).Within(0.05));
            Assert.That(badVersion.Flags.Select(f => (f.Code, f.OptionKey)), Is.SupersetOf(new[]
            {
                (ItemFlagCode.KeyConfusingDistractor, "b"), (ItemFlagCode.DeadDistractor, "c"), (ItemFlagCode.DeadDistractor, "d"),
                (ItemFlagCode.LowDiscrimination, (string?)null),
            }));
            Assert.That(badVersion.Flags.Select(f => f.Reason), Has.All.Not.Empty);

            Assert.That(goodStats.Versions.Single().Discrimination, Is.EqualTo(1).Within(1e-9));
            Assert.That(goodStats.Versions.Single().Flags, Is.Empty);

            Assert.That(weak.ComputedAt, Is.Not.Null);
            Assert.That(weak.Items[0].QuestionId, Is.EqualTo(bad), "lowest discrimination first");
            Assert.That(weak.Items[0].Flags.Select(f => f.Code), Does.Contain(ItemFlagCode.KeyConfusingDistractor));
            Assert.That(weak.Items.Select(i => i.QuestionId), Does.Not.Contain(good));
        });
    }

    [Test]
    public async Task UndoneAnswersNeverCountWhetherUndoneBeforeOrAfterARun()
    {
        var question = await ContentSeed.QuestionAsync(Facet, ContentSeed.Mcq("Q", "a"));
        var admin = await LearningApi.AdminAsync();
        var kept = await LearningApi.LearnerAsync("kept");
        var regretful = await LearningApi.LearnerAsync("regretful");
        var keptAnswer = await kept.AnswerAsync(await kept.StartAsync(SessionMode.Practice), question, selected: ["a"]);
        var regretted = await regretful.AnswerAsync(await regretful.StartAsync(SessionMode.Practice), question, selected: ["b"]);
        await regretful.ChangeCardAsync(regretted.Card!.Id, UndoAnswerEndpoint.Action);

        await ItemStatsRefresh.RunAsync(admin);
        var beforeUndo = await admin.GetAsAsync<QuestionStats>(GetQuestionStatsRequest.For(question));
        await kept.ChangeCardAsync(keptAnswer.Card!.Id, UndoAnswerEndpoint.Action);
        var secondRun = await ItemStatsRefresh.RunAsync(admin);
        var afterUndo = await admin.GetAsAsync<QuestionStats>(GetQuestionStatsRequest.For(question));

        Assert.Multiple(() =>
        {
            Assert.That(beforeUndo.Attempts, Is.EqualTo(1), "the answer undone before the run never counted");
            Assert.That(beforeUndo.ProportionCorrect, Is.EqualTo(1));
            Assert.That(beforeUndo.Versions.Single().Options.Single(o => o.Key == "b").Picks, Is.Zero);
            Assert.That(secondRun.Run!.AttemptsRemoved, Is.EqualTo(1));
            Assert.That(afterUndo.Attempts, Is.Zero, "the answer undone after it was counted is taken back");
            Assert.That(afterUndo.Versions.Single().Options.Sum(o => o.Picks), Is.Zero);
        });
    }

    [Test]
    public async Task LearnersAreRefusedAndUnknownQuestionsAreNotFound()
    {
        var question = await ContentSeed.QuestionAsync(Facet, ContentSeed.Mcq("Q", "a"));
        var learner = await LearningApi.LearnerAsync("curious");
        var admin = await LearningApi.AdminAsync();

        await (await learner.GetAsync(Api.Route(GetQuestionStatsRequest.For(question)))).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await learner.GetAsync(Api.Route(AnalyticsRoutes.Items))).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await learner.PostJsonAsync(AnalyticsRoutes.Refresh)).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await admin.GetAsync(Api.Route(GetQuestionStatsRequest.For(question + 1000)))).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await admin.GetAsync(Api.Route(AnalyticsRoutes.JobFor(Guid.NewGuid())))).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await admin.GetAsync(Api.Route($"{AnalyticsRoutes.Items}?sort=best"))).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var fresh = await admin.GetAsAsync<QuestionStats>(GetQuestionStatsRequest.For(question));
        Assert.That(fresh.Attempts, Is.Zero, "a question nobody answered has empty statistics, not an error");
    }

    /// <returns>The good and the bad question.</returns>
    private static async Task<(long Good, long Bad)> SimulateAsync()
    {
        var warmUps = await ContentSeed.QuestionsAsync(Facet, Enumerable.Range(1, 5).Select(i => ContentSeed.Mcq($"Warm-up {i}", "a")).ToList());
        var good = await ContentSeed.QuestionAsync(Facet, ContentSeed.Mcq("Good", "a"));
        var bad = await ContentSeed.QuestionAsync(Facet, ContentSeed.Mcq("Bad", "a"));
        string[] weakGuesses = ["b", "c", "d", "b", "c"];
        for (var i = 0; i < 5; i++)
        {
            await AnswerAsync($"strong{i}", warmUps, "a", good, "a", bad, "b");
            await AnswerAsync($"weak{i}", warmUps, "b", good, weakGuesses[i], bad, "a");
        }
        return (good, bad);
    }

    private static async Task AnswerAsync(string name, IReadOnlyList<long> warmUps, string warmUpPick, long good, string goodPick, long bad, string badPick)
    {
        var learner = await LearningApi.LearnerAsync(name);
        var session = await learner.StartAsync(SessionMode.Practice);
        foreach (var question in warmUps)
            await learner.AnswerAsync(session, question, selected: [warmUpPick]);
        await learner.AnswerAsync(session, good, selected: [goodPick]);
        await learner.AnswerAsync(session, bad, selected: [badPick]);
    }
}
