using BadgeRequest = AdaptiveLearning.Api.Features.Badges.BadgeRequest;
using AdaptiveLearning.Api.Features.Badges.ListBadges;
using AdaptiveLearning.Api.Features.Badges.ListMyBadges;
using AdaptiveLearning.Api.Features.Users.GetMe;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Client.Models;

using BadgeDefinitionsRoute = AdaptiveLearning.Api.Features.Badges.ListBadgeDefinitions.ListBadgeDefinitionsRequest;
using CreateBadgeRoute = AdaptiveLearning.Api.Features.Badges.CreateBadge.CreateBadgeRequest;

namespace AdaptiveLearning.Api.FunctionalTests.Engagement;

/// <summary>Badges as data (ADR 0025): admin management, awards when their metrics move, once each, with an event.</summary>
public sealed class BadgeTests : LearningTestBase
{
    private const string Facet = "maths__algebra__linear__solve";

    [Test]
    public async Task AnswersEarnEachBadgeOnceWithItsEventInTheOutbox()
    {
        await BadgeSeed.CreateAsync(BadgeSeed.Badge("first", "answers_total", 1), BadgeSeed.Badge("three-right", "correct_total", 3),
            BadgeSeed.Badge("steady", "accuracy", 0.75, minAnswers: 4), BadgeSeed.Badge("level-2", "level", 2));
        var q = await ContentSeed.QuestionsAsync(Facet, Enumerable.Range(0, 5).Select(i => ContentSeed.Mcq($"Q{i}", "a")).ToList());
        Clock.UtcNow = new DateTimeOffset(2030, 3, 1, 12, 0, 0, TimeSpan.Zero);
        var learner = await LearningApi.LearnerAsync("ada");
        var userId = (await learner.GetAsAsync<UserProfile>(GetMeEndpoint.Route)).Id;
        var session = await learner.StartAsync(SessionMode.Practice);

        await learner.AnswerAsync(session, q[0], selected: ["a"], clientAttemptId: "a0");   // 30 points with the day's bonus
        var afterFirst = await learner.GetAsAsync<MyBadges>(ListMyBadgesEndpoint.Route);
        await learner.AnswerAsync(session, q[1], selected: ["a"]);                           // 10
        await learner.AnswerAsync(session, q[2], selected: ["b"]);                           // 3, wrong
        await learner.AnswerAsync(session, q[3], selected: ["a"]);                           // 10: 3 of 4 right, 53 points
        await learner.AnswerAsync(session, q[0], selected: ["a"], clientAttemptId: "a0");   // a replay
        await learner.AnswerAsync(session, q[4], selected: ["b"]);                           // 3: accuracy falls to 0.6, badges stay
        var mine = await learner.GetAsAsync<MyBadges>(ListMyBadgesEndpoint.Route);
        var catalogue = await learner.GetAsAsync<BadgeCatalogue>(ListBadgesEndpoint.Route);
        var events = await BadgeSeed.EarnedEventsAsync(userId);

        Assert.Multiple(() =>
        {
            Assert.That(afterFirst.Items.Select(b => b.Key), Is.EqualTo(new[] { "first" }), "awarded right after the answer that earned it");
            Assert.That(mine.Items.Select(b => b.Key), Is.EquivalentTo(new[] { "first", "three-right", "steady" }));
            Assert.That(mine.Count, Is.EqualTo(3));
            Assert.That(mine.Items.Select(b => b.EarnedAt), Has.All.EqualTo(Clock.UtcNow));
            Assert.That(events, Is.EqualTo(new[] { ("first", 1L), ("steady", 1L), ("three-right", 1L) }),
                "one badge.earned per award, none for the replay or later answers");
            var level = catalogue.Items.Single(b => b.Key == "level-2");
            Assert.That((level.Earned, level.Current, level.Threshold, level.Progress), Is.EqualTo((false, 1.0, 2.0, 0.5)));
            Assert.That(catalogue.Items.Single(b => b.Key == "steady").Earned, Is.True);
            Assert.That(catalogue.Earned, Is.EqualTo(3));
        });
    }

    [Test]
    public async Task OtherLearnersSeeNeitherMyBadgesNorMyProgress()
    {
        await BadgeSeed.CreateAsync(BadgeSeed.Badge("first", "answers_total", 1), BadgeSeed.Badge("five", "answers_total", 5));
        var q = await ContentSeed.QuestionsAsync(Facet, [ContentSeed.Mcq("Q1", "a"), ContentSeed.Mcq("Q2", "a")]);
        var owner = await LearningApi.LearnerAsync("owner");
        var intruder = await LearningApi.LearnerAsync("intruder");
        var session = await owner.StartAsync(SessionMode.Practice);
        await owner.AnswerAsync(session, q[0], selected: ["a"]);
        Clock.UtcNow += TimeSpan.FromMinutes(1);
        await owner.AnswerAsync(session, q[1], selected: ["a"]);

        var ownerCatalogue = await owner.GetAsAsync<BadgeCatalogue>(ListBadgesEndpoint.Route);
        var theirCatalogue = await intruder.GetAsAsync<BadgeCatalogue>(ListBadgesEndpoint.Route);
        var theirBadges = await intruder.GetAsAsync<MyBadges>(ListMyBadgesEndpoint.Route);
        var anonymous = await LearningApi.Factory.CreateClient().GetAsync(Api.Route(ListBadgesEndpoint.Route));

        Assert.Multiple(() =>
        {
            Assert.That(ownerCatalogue.Items.Single(b => b.Key == "five").Current, Is.EqualTo(2));
            Assert.That(ownerCatalogue.Items.Single(b => b.Key == "five").Progress, Is.EqualTo(0.4));
            Assert.That(theirCatalogue.Items.Select(b => (b.Key, b.Earned, b.Current)), Is.EquivalentTo(new[] { ("first", false, 0.0), ("five", false, 0.0) }));
            Assert.That(theirBadges.Items, Is.Empty);
        });
        await anonymous.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Test]
    public async Task AdminsManageBadgesAndCriteriaMustNameAKnownMetric()
    {
        var admin = await LearningApi.AdminAsync();
        var learner = await LearningApi.LearnerAsync("ada");
        var created = await admin.PostJsonAsync(CreateBadgeRoute.Route, BadgeSeed.Badge("streak-3", "streak_longest", 3));
        var taken = await admin.PostJsonAsync(CreateBadgeRoute.Route, BadgeSeed.Badge("streak-3", "active_days", 3));
        var unknown = await admin.PostJsonAsync(CreateBadgeRoute.Route, BadgeSeed.Badge("mystery", "logins_total", 3));
        var badKey = await admin.PostJsonAsync(CreateBadgeRoute.Route, BadgeSeed.Badge("Not A Key", "level", 3));
        var accuracyOver1 = await admin.PostJsonAsync(CreateBadgeRoute.Route, BadgeSeed.Badge("perfect", "accuracy", 90));
        var byLearner = await learner.PostJsonAsync(CreateBadgeRoute.Route, BadgeSeed.Badge("mine", "level", 2));
        var listByLearner = await learner.GetAsync(Api.Route(BadgeDefinitionsRoute.Route));
        var changed = await admin.PatchAsAsync<BadgeView>(BadgeRequest.For("streak-3"),
            new UpdateBadgeRequest { Name = "Three in a row", Criteria = new BadgeCriteriaRequest { Threshold = 4 } });
        var unknownOnUpdate = await admin.PatchJsonAsync(BadgeRequest.For("streak-3"), new UpdateBadgeRequest { Criteria = new BadgeCriteriaRequest { Metric = "karma" } });
        var missing = await admin.PatchJsonAsync(BadgeRequest.For("nope"), new UpdateBadgeRequest { Name = "x" });
        var deleted = await admin.DeleteAsync(Api.Route(BadgeRequest.For("streak-3")));
        var listed = await admin.GetAsAsync<List<BadgeView>>(BadgeDefinitionsRoute.Route + "?includeRetired=true");

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(created.Headers.Location?.ToString(), Does.EndWith(BadgeRequest.For("streak-3")));
        await taken.AssertProblemAsync(HttpStatusCode.Conflict, "badge_key_taken");
        Assert.That((await unknown.AssertProblemAsync(HttpStatusCode.BadRequest, "unknown_metric")).FieldErrors(), Is.EqualTo(new[] { "criteria.metric" }));
        Assert.That((await unknownOnUpdate.AssertProblemAsync(HttpStatusCode.BadRequest, "unknown_metric")).FieldErrors(), Is.EqualTo(new[] { "criteria.metric" }));
        Assert.That((await badKey.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).FieldErrors(), Is.EqualTo(new[] { "key" }));
        Assert.That((await accuracyOver1.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).FieldErrors(), Is.EqualTo(new[] { "criteria.threshold" }));
        await byLearner.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await listByLearner.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await missing.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.Multiple(() =>
        {
            Assert.That((changed.Name, changed.Criteria.Metric, changed.Criteria.Threshold), Is.EqualTo(("Three in a row", BadgeMetric.StreakLongest, 4.0)));
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(listed, Is.Empty, "nobody held it, so it is gone");
        });
    }

    [Test]
    public async Task ABadgeSomebodyHoldsIsRetiredNotDeletedAndTheHolderKeepsIt()
    {
        await BadgeSeed.CreateAsync(BadgeSeed.Badge("first", "answers_total", 1));
        var q = await ContentSeed.QuestionAsync(Facet, ContentSeed.Mcq("Q1", "a"));
        var learner = await LearningApi.LearnerAsync("ada");
        await learner.AnswerAsync(await learner.StartAsync(SessionMode.Practice), q, selected: ["a"]);
        var admin = await LearningApi.AdminAsync();

        var deleted = await admin.DeleteAsync(Api.Route(BadgeRequest.For("first")));
        var active = await admin.GetAsAsync<List<BadgeView>>(BadgeDefinitionsRoute.Route);
        var all = await admin.GetAsAsync<List<BadgeView>>(BadgeDefinitionsRoute.Route + "?includeRetired=true");
        var catalogue = await learner.GetAsAsync<BadgeCatalogue>(ListBadgesEndpoint.Route);
        var mine = await learner.GetAsAsync<MyBadges>(ListMyBadgesEndpoint.Route);
        var revived = await admin.PatchAsAsync<BadgeView>(BadgeRequest.For("first"), new UpdateBadgeRequest { Retired = false });

        Assert.Multiple(() =>
        {
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(active, Is.Empty);
            Assert.That(all.Single().RetiredAt, Is.Not.Null);
            Assert.That(catalogue.Items, Is.Empty, "a retired badge is not offered");
            Assert.That(mine.Items.Select(b => (b.Key, b.Retired)), Is.EqualTo(new[] { ("first", true) }));
            Assert.That(revived.RetiredAt, Is.Null);
        });
    }
}
