using AdaptiveLearning.Api.Features.Progress.GetActivity;
using AdaptiveLearning.Api.Features.Sessions.ListStudySessions;
using AdaptiveLearning.Api.Features.Users.GetPoints;
using AdaptiveLearning.Api.Features.Users.GetStreak;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Client.Models;

using UpdateMeRequest = AdaptiveLearning.Api.Features.Users.UpdateMe.UpdateMeRequest;
using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Engagement;

public sealed class StreakTests : LearningTestBase
{
    /// <summary>
    /// Six days in Berlin, a move to New York, a seventh day there, a missed day the earned freeze covers, then today. Each day
    /// counts as it was lived: 05:00 in Berlin is 23:00 the evening before in New York, yet the Berlin days stay where they were.
    /// </summary>
    [Test]
    public async Task AWeekEarnsAFreezeThatCoversAMissedDayAfterAMoveAcrossTimeZones()
    {
        var q = await ContentSeed.QuestionsAsync("maths__algebra__linear__solve",
            Enumerable.Range(1, 10).Select(i => ContentSeed.Mcq($"Q{i}", "a")).ToList());
        var berlin = TimeSpan.FromHours(2); // summer time
        var learner = await LearningApi.LearnerAsync("ada", "Europe/Berlin");
        var session = await learner.StartAsync(SessionMode.Practice);
        for (var day = 0; day < 6; day++)
        {
            Clock.UtcNow = new DateTimeOffset(2030, 6, 1 + day, 5, 0, 0, berlin);
            await learner.AnswerAsync(session, q[day], selected: ["a"]);
        }
        await learner.PatchAsAsync<UserProfile>(UpdateMeRequest.Route, new Wire.UpdateMeRequest { TimeZone = "America/New_York" });
        var newYork = TimeSpan.FromHours(-4);
        Clock.UtcNow = new DateTimeOffset(2030, 6, 7, 12, 0, 0, newYork);
        await learner.AnswerAsync(session, q[6], selected: ["a"]);                  // day 7: a freeze earned
        Clock.UtcNow = new DateTimeOffset(2030, 6, 9, 12, 0, 0, newYork);          // the 8th is missed
        var beforeStudying = await learner.GetAsAsync<StreakReport>(GetStreakEndpoint.Route);
        await learner.AnswerAsync(session, q[7], selected: ["a"]);
        var streak = await learner.GetAsAsync<StreakReport>(GetStreakEndpoint.Route);
        Clock.UtcNow = new DateTimeOffset(2030, 6, 12, 12, 0, 0, newYork);         // the 10th and 11th missed, no freeze left
        var broken = await learner.GetAsAsync<StreakReport>(GetStreakEndpoint.Route);

        Assert.Multiple(() =>
        {
            Assert.That((beforeStudying.Current, beforeStudying.ActiveToday, beforeStudying.FreezesUsed), Is.EqualTo((7, false, 1)),
                "today is still open; the missed 8th is already frozen");
            Assert.That(streak.Current, Is.EqualTo(8));
            Assert.That(streak.ActiveToday, Is.True);
            Assert.That(streak.FrozenDays.Select(d => d.ToString("yyyy-MM-dd")), Is.EqualTo(new[] { "2030-06-08" }));
            Assert.That(streak.FreezesAvailable, Is.Zero);
            Assert.That(streak.TimeZone, Is.EqualTo("America/New_York"));
            Assert.That(streak.Today.ToString("yyyy-MM-dd"), Is.EqualTo("2030-06-09"));
            Assert.That((broken.Current, broken.Longest), Is.EqualTo((0, 8)));
        });
    }

    [Test]
    public async Task AnUndoneAnswerLeavesNoStudiedDay()
    {
        var question = await ContentSeed.QuestionAsync("maths__algebra__linear__solve", ContentSeed.Mcq("Q", "a"));
        var learner = await LearningApi.LearnerAsync("ada");
        var session = await learner.StartAsync(SessionMode.Practice);
        var answer = await learner.AnswerAsync(session, question, selected: ["a"]);
        var studied = await learner.GetAsAsync<StreakReport>(GetStreakEndpoint.Route);
        await learner.ChangeCardAsync(answer.Card!.Id, Features.Cards.UndoAnswer.UndoAnswerEndpoint.Action);
        var undone = await learner.GetAsAsync<StreakReport>(GetStreakEndpoint.Route);

        Assert.Multiple(() =>
        {
            Assert.That((studied.Current, studied.ActiveToday), Is.EqualTo((1, true)));
            Assert.That((undone.Current, undone.ActiveToday, undone.LastActiveDay), Is.EqualTo((0, false, (DateTimeOffset?)null)));
        });
    }

    [Test]
    public async Task NobodySeesAnotherLearnersPointsStreakOrActivity()
    {
        var question = await ContentSeed.QuestionAsync("maths__algebra__linear__solve", ContentSeed.Mcq("Q", "a"));
        var owner = await LearningApi.LearnerAsync("owner");
        var session = await owner.StartAsync(SessionMode.Practice);
        await owner.AnswerAsync(session, question, selected: ["a"]);
        var intruder = await LearningApi.LearnerAsync("intruder");

        var points = await intruder.GetAsAsync<PointsReport>(GetPointsRequest.Route);
        var streak = await intruder.GetAsAsync<StreakReport>(GetStreakEndpoint.Route);
        var activity = await intruder.GetAsAsync<ActivityReport>(GetActivityRequest.Route);
        var sessions = await intruder.GetAsAsync<StudySessionPage>(ListStudySessionsRequest.Route);
        var ownerPoints = await owner.GetAsAsync<PointsReport>(GetPointsRequest.Route);
        var anonymous = await LearningApi.Factory.CreateClient().GetAsync(Api.Route(GetStreakEndpoint.Route));

        Assert.Multiple(() =>
        {
            Assert.That((points.Total, points.Entries.Count), Is.EqualTo((0L, 0)));
            Assert.That(streak.Current, Is.Zero);
            Assert.That(activity.Totals.Answers, Is.Zero);
            Assert.That(sessions.Items, Is.Empty);
            Assert.That(ownerPoints.Total, Is.EqualTo(30));
        });
        await anonymous.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }
}
