using AdaptiveLearning.Api.Features.Cards.UndoAnswer;
using AdaptiveLearning.Api.Features.Users.GetMe;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Client.Models;

using RebuildRoute = AdaptiveLearning.Api.Features.Admin.RebuildEngagement.RebuildEngagementRequest;

namespace AdaptiveLearning.Api.FunctionalTests.Engagement;

/// <summary>The fairness rebuild: the ledger recomputed from the attempt log with the current rules, differences reported.</summary>
public sealed class EngagementRebuildTests : LearningTestBase
{
    private const string Facet = "maths__algebra__linear__solve";

    [Test]
    public async Task ATamperedLedgerRowAndTheBadgeItBoughtAreReportedAndHonestLearnersAreNot()
    {
        await BadgeSeed.CreateAsync(BadgeSeed.Badge("level-2", "level", 2));
        var q = await ContentSeed.QuestionsAsync(Facet, Enumerable.Range(0, 7).Select(i => ContentSeed.Mcq($"Q{i}", "a")).ToList());
        Clock.UtcNow = new DateTimeOffset(2030, 3, 1, 12, 0, 0, TimeSpan.Zero);
        var honest = await LearningApi.LearnerAsync("honest", "Asia/Kolkata");
        var cheat = await LearningApi.LearnerAsync("cheat");
        var cheatId = (await cheat.GetAsAsync<UserProfile>(GetMeEndpoint.Route)).Id;
        await StudyAsync(honest, q);
        await StudyAsync(cheat, q);
        await ContentSeed.ScalarAsync("""
            UPDATE points_ledger SET points = points + 70 WHERE user_id = @UserId AND source = 'answer' ORDER BY id LIMIT 1
            """, new { UserId = cheatId.ToString() });
        Clock.UtcNow += TimeSpan.FromMinutes(5);
        await cheat.AnswerAsync(await cheat.StartAsync(SessionMode.Practice), q[6], selected: ["a"]);   // 10: evaluated with the tampered total
        var admin = await LearningApi.AdminAsync();

        var everyone = await admin.PostAsAsync<EngagementRebuildReport>(RebuildRoute.Route, new RebuildEngagementRequest { Limit = 500 });
        var honestOnly = await admin.PostAsAsync<EngagementRebuildReport>(RebuildRoute.Route,
            new RebuildEngagementRequest { UserId = (await honest.GetAsAsync<UserProfile>(GetMeEndpoint.Route)).Id });
        var paged = await admin.PostAsAsync<EngagementRebuildReport>(RebuildRoute.Route, new RebuildEngagementRequest { Limit = 1 });
        var byLearner = await cheat.PostJsonAsync(RebuildRoute.Route, new RebuildEngagementRequest());

        Assert.Multiple(() =>
        {
            var difference = everyone.Differences.Single();
            Assert.That(difference.UserId, Is.EqualTo(cheatId));
            Assert.That((difference.LedgerPoints, difference.ExpectedPoints), Is.EqualTo((88L + 70 + 10, 98L)));
            Assert.That((difference.LedgerAnswers, difference.ExpectedAnswers), Is.EqualTo((6L, 6L)));
            Assert.That(difference.BadgesUnmet, Is.EqualTo(new[] { "level-2" }), "the tampered points bought level 2");
            Assert.That(difference.BadgesMissing, Is.Empty);
            Assert.That(everyone.Checked, Is.GreaterThanOrEqualTo(3), "two learners and the admin");
            Assert.That(everyone.NextAfter, Is.Null);
            Assert.That((honestOnly.Checked, honestOnly.Differences.Count), Is.EqualTo((1, 0)));
            Assert.That(paged.Checked, Is.EqualTo(1));
            Assert.That(paged.NextAfter, Is.Not.Null);
        });
        await byLearner.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    /// <summary>30 (right, the day's first) + 3 (wrong) + 10 + 10 (undone) + 10 + 10, and 25 for ending a session of 5 answers that count: 88.</summary>
    private async Task StudyAsync(HttpClient learner, IReadOnlyList<long> q)
    {
        var session = await learner.StartAsync(SessionMode.Practice);
        await learner.AnswerAsync(session, q[0], selected: ["a"]);
        await learner.AnswerAsync(session, q[1], selected: ["b"]);
        await learner.AnswerAsync(session, q[2], selected: ["a"]);
        var undone = (await learner.AnswerAsync(session, q[3], selected: ["a"])).Card!.Id;
        await learner.AnswerAsync(session, q[4], selected: ["a"]);
        await learner.AnswerAsync(session, q[5], selected: ["a"]);
        await learner.ChangeCardAsync(undone, UndoAnswerEndpoint.Action);
        await learner.EndAsync(session);
    }
}
