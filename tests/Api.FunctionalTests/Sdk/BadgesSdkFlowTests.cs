using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

/// <summary>Badges, the gamification summary and the engagement rebuild through the SDK.</summary>
public sealed class BadgesSdkFlowTests : SdkTestBase
{
    [Test]
    public async Task AnAdminDefinesABadgeAndALearnerEarnsIt()
    {
        var admin = NewAdmin();
        var warning = await SdkContent.PublishedMcqAsync(admin, "Which sign warns?");
        var created = await admin.Badges.CreateBadgeAsync(new CreateBadgeRequest
        {
            Key = "sdk-first", Name = "First", Description = "Answer once.", Icon = "star", Category = "practice", Rarity = "common",
            Criteria = new BadgeCriteriaRequest { Metric = "answers_total", Threshold = 1 },
        });
        var unknown = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => admin.Badges.CreateBadgeAsync(new CreateBadgeRequest
        {
            Key = "sdk-odd", Name = "Odd", Description = "?", Icon = "x", Category = "x", Rarity = "common",
            Criteria = new BadgeCriteriaRequest { Metric = "karma", Threshold = 1 },
        }));
        var learner = await NewLearnerAsync("sdk-badger");
        var before = await learner.Badges.ListBadgesAsync();
        var session = await learner.Sessions.StartSessionAsync(new StartSessionRequest { Mode = SessionMode.Practice, Scope = ["driving"] });
        await learner.Answers.SubmitAnswerAsync(session.Id,
            new SubmitAnswerRequest { ClientAttemptId = "b1", QuestionId = warning.Id, Selected = ["a"], TimeSpentMs = 7_000 });
        var mine = await learner.Badges.ListMyBadgesAsync();
        var summary = await learner.Users.GetGamificationAsync();
        var forbidden = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => learner.Badges.ListBadgeDefinitionsAsync());
        var renamed = await admin.Badges.UpdateBadgeAsync("sdk-first", new UpdateBadgeRequest { Name = "First answer" });
        var report = await admin.Admin.RebuildEngagementAsync(new RebuildEngagementRequest { Limit = 100 });
        await admin.Badges.DeleteBadgeAsync("sdk-first");
        var definitions = await admin.Badges.ListBadgeDefinitionsAsync(includeRetired: true);

        Assert.Multiple(() =>
        {
            Assert.That(created.Criteria.Metric, Is.EqualTo(BadgeMetric.AnswersTotal));
            Assert.That(unknown!.Code, Is.EqualTo(ErrorCodes.UnknownMetric));
            Assert.That(before.Items.Single().Progress, Is.Zero);
            Assert.That(mine.Items.Select(b => b.Key), Is.EqualTo(new[] { "sdk-first" }));
            Assert.That((summary.PointsTotal, summary.PointsToday, summary.BadgesEarned, summary.StreakCurrent), Is.EqualTo((28L, 28L, 1, 1)));
            Assert.That(forbidden!.Code, Is.EqualTo(ErrorCodes.Forbidden));
            Assert.That(renamed.Name, Is.EqualTo("First answer"));
            Assert.That(report.Differences, Is.Empty);
            Assert.That(definitions.Single().RetiredAt, Is.Not.Null, "held by a learner, so retired rather than deleted");
        });
    }
}
