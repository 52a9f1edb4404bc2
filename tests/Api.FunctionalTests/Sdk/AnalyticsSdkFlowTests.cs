using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

public sealed class AnalyticsSdkFlowTests : SdkTestBase
{
    private const string Facet = "science__physics__motion__speed";

    [Test]
    public async Task AnAdminRefreshesStatisticsAndStaffReadThemWhileLearnersAreRefused()
    {
        var question = await ContentSeed.QuestionAsync(Facet, ContentSeed.Mcq("Q", "a"));
        var learner = await NewLearnerAsync("sdk-stats");
        var session = await learner.Sessions.StartSessionAsync(new StartSessionRequest { Mode = SessionMode.Practice });
        await learner.Answers.SubmitAnswerAsync(session.Id, new SubmitAnswerRequest
        {
            ClientAttemptId = "sdk-1", QuestionId = question, Selected = ["a"], AnsweredAt = DateTimeOffset.UtcNow, TimeSpentMs = 9000,
        });
        var admin = NewAdmin();

        var job = await admin.Analytics.RefreshItemStatsAsync();
        while (job.Status is ItemStatsJobStatus.Queued or ItemStatsJobStatus.Running)
        {
            await Task.Delay(100);
            job = await admin.Analytics.GetItemStatsJobAsync(job.Id);
        }
        var stats = await admin.Questions.GetQuestionStatsAsync(question);
        var weak = await admin.Analytics.ListWeakItemsAsync(node: Facet, sort: "attempts");
        var refused = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => learner.Questions.GetQuestionStatsAsync(question));
        var missing = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => admin.Questions.GetQuestionStatsAsync(question + 1000));

        Assert.Multiple(() =>
        {
            Assert.That(job.Status, Is.EqualTo(ItemStatsJobStatus.Succeeded));
            Assert.That(job.Run!.AttemptsAdded, Is.EqualTo(1));
            Assert.That(stats.Attempts, Is.EqualTo(1));
            Assert.That(stats.ComputedAt, Is.EqualTo(job.Run.ComputedAt));
            Assert.That(weak.Items, Is.Empty, "one answer is too few to flag anything");
            Assert.That(refused!.Code, Is.EqualTo(ErrorCodes.Forbidden));
            Assert.That(missing!.Code, Is.EqualTo(ErrorCodes.NotFound));
        });
    }
}
