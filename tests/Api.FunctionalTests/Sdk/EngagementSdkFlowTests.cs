using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

/// <summary>History, activity, points and streak through the SDK, as an app's progress screen would read them.</summary>
public sealed class EngagementSdkFlowTests : SdkTestBase
{
    [Test]
    public async Task AnsweredSessionShowsInHistoryActivityPointsAndStreak()
    {
        var admin = NewAdmin();
        var warning = await SdkContent.PublishedMcqAsync(admin, "Which sign warns?");
        var learner = await NewLearnerAsync("pia");
        var session = await learner.Sessions.StartSessionAsync(new StartSessionRequest { Mode = SessionMode.Practice, Scope = ["driving"] });
        await learner.Answers.SubmitAnswerAsync(session.Id,
            new SubmitAnswerRequest { ClientAttemptId = "e1", QuestionId = warning.Id, Selected = ["a"], TimeSpentMs = 7_000 });
        await learner.Sessions.EndSessionAsync(session.Id);

        var page = await learner.Sessions.ListStudySessionsAsync(status: SessionStatus.Ended, limit: 10);
        var all = new List<SessionHistoryItem>();
        await foreach (var item in learner.Sessions.ListAllSessionsAsync(new SessionFilter { PageSize = 1 }))
            all.Add(item);
        var activity = await learner.Progress.GetActivityAsync(bucket: ActivityBucket.Week);
        var month = await learner.Progress.GetStudyReportAsync(ReportPeriod.Month);
        var points = await learner.Users.GetPointsAsync(limit: 1);
        var streak = await learner.Users.GetStreakAsync();
        var tooLong = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() =>
            learner.Progress.GetActivityAsync(new DateOnly(2020, 1, 1), new DateOnly(2022, 1, 1)));

        Assert.Multiple(() =>
        {
            Assert.That(page.Items.Select(s => (s.Id, s.Answered, s.Points)), Is.EqualTo(new[] { (session.Id, 1, 28L) }));
            Assert.That(all.Select(s => s.Id), Is.EqualTo(new[] { session.Id }));
            Assert.That(activity.Totals.Answers, Is.EqualTo(1));
            Assert.That(activity.Totals.TimeSpentMs, Is.EqualTo(7_000));
            Assert.That(activity.Days, Has.Count.EqualTo(30));
            Assert.That((month.Period, month.Totals.Answers, month.Complete, month.SecondsPerAnswer), Is.EqualTo((ReportPeriod.Month, 1, false, 7.0)));
            Assert.That(points.Total, Is.EqualTo(8 + 20), "difficulty 2 (× 0.8), right, the day's first");
            Assert.That(points.Level, Is.EqualTo(1));
            Assert.That(points.Entries, Has.Count.EqualTo(1));
            Assert.That(points.NextCursor, Is.Not.Null);
            Assert.That((streak.Current, streak.ActiveToday), Is.EqualTo((1, true)));
            Assert.That(tooLong!.Code, Is.EqualTo(ErrorCodes.RangeTooLong));
        });
    }
}
