using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

public sealed class ProgressSdkFlowTests : SdkTestBase
{
    [Test]
    public async Task ProgressAndDashboardReflectTodaysAnswers()
    {
        var admin = NewAdmin();
        var warning = await SdkContent.PublishedMcqAsync(admin, "Which sign warns?");
        await SdkContent.PublishedMcqAsync(admin, "Which light means go?", facet: "driving__lights__traffic__colours");
        var learner = await NewLearnerAsync("pia");
        var session = await learner.Sessions.StartSessionAsync(new StartSessionRequest { Mode = SessionMode.Learn, Scope = ["driving__signs"] });
        await learner.Answers.SubmitAnswerAsync(session.Id,
            new SubmitAnswerRequest { ClientAttemptId = "p1", QuestionId = warning.Id, Selected = ["a"], TimeSpentMs = 7_000 });

        var driving = await learner.Progress.GetProgressAsync("driving");
        var whole = await learner.Progress.GetProgressAsync();
        var dashboard = await learner.Progress.GetDashboardAsync();

        Assert.Multiple(() =>
        {
            Assert.That(driving.Node.TotalQuestions, Is.EqualTo(2));
            Assert.That(driving.Node.Seen, Is.EqualTo(1));
            Assert.That(driving.Node.TimeSpentMs, Is.EqualTo(7_000));
            Assert.That(driving.Children.Select(c => (c.Path, c.Seen)),
                Is.EquivalentTo(new[] { ("driving__lights", 0), ("driving__signs", 1) }));
            Assert.That(whole.Node.Answered, Is.EqualTo(1));
            Assert.That(dashboard.Topics.Select(t => t.Path), Is.EqualTo(new[] { "driving" }));
            Assert.That(dashboard.StudiedToday.NewCards, Is.EqualTo(1));
            Assert.That(dashboard.StreakDays, Is.EqualTo(1));
            Assert.That(dashboard.Forecast, Is.Not.Empty);
        });
    }
}
