using AdaptiveLearning.Api.Features.Sessions.ListStudySessions;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Engagement;

public sealed class SessionHistoryTests : LearningTestBase
{
    [Test]
    public async Task MySessionsComeNewestFirstWithSummariesFiltersAndPages()
    {
        var q = await ContentSeed.QuestionsAsync("maths__algebra__linear__solve", [ContentSeed.Mcq("Q1", "a"), ContentSeed.Mcq("Q2", "a")]);
        Clock.UtcNow = new DateTimeOffset(2030, 3, 1, 12, 0, 0, TimeSpan.Zero);
        var learner = await LearningApi.LearnerAsync("ada");
        var practice = await learner.StartAsync(SessionMode.Practice);
        await learner.AnswerAsync(practice, q[0], selected: ["a"]);
        await learner.AnswerAsync(practice, q[1], selected: ["b"]);
        await learner.EndAsync(practice);
        Clock.UtcNow += TimeSpan.FromHours(1);
        var cram = await learner.StartAsync(SessionMode.Cram);
        await learner.AnswerAsync(cram, q[0], selected: ["a"]);

        var all = await learner.GetAsAsync<StudySessionPage>(ListStudySessionsRequest.Route);
        var ended = await learner.GetAsAsync<StudySessionPage>(ListStudySessionsRequest.Route + "?status=ended");
        var crams = await learner.GetAsAsync<StudySessionPage>(ListStudySessionsRequest.Route + "?mode=cram");
        var firstPage = await learner.GetAsAsync<StudySessionPage>(ListStudySessionsRequest.Route + "?limit=1");
        var secondPage = await learner.GetAsAsync<StudySessionPage>(ListStudySessionsRequest.Route + "?limit=1&cursor=" + firstPage.NextCursor);
        var later = await learner.GetAsAsync<StudySessionPage>(ListStudySessionsRequest.Route + "?from=2030-03-01T12:30:00Z");
        var badCursor = await learner.GetAsync(Api.Route(ListStudySessionsRequest.Route + "?cursor=nope"));
        var badMode = await learner.GetAsync(Api.Route(ListStudySessionsRequest.Route + "?mode=napping"));
        var stranger = await LearningApi.LearnerAsync("eve");
        var theirs = await stranger.GetAsAsync<StudySessionPage>(ListStudySessionsRequest.Route);

        var done = all.Items[1];
        Assert.Multiple(() =>
        {
            Assert.That(all.Items.Select(s => s.Id), Is.EqualTo(new[] { cram, practice }));
            Assert.That(all.Items[0].Status, Is.EqualTo(SessionStatus.Active));
            Assert.That(all.Items[0].Points, Is.Zero, "cram earns nothing");
            Assert.That((done.Status, done.Answered, done.Correct, done.Accuracy), Is.EqualTo((SessionStatus.Ended, 2, 1, 0.5)));
            Assert.That(done.TimeSpentMs, Is.EqualTo(30_000));
            Assert.That(done.NewCards, Is.EqualTo(2));
            Assert.That(done.Points, Is.EqualTo(10 + 20 + 3), "right, first of the day, wrong; two answers earn no completion bonus");
            Assert.That(ended.Items.Select(s => s.Id), Is.EqualTo(new[] { practice }));
            Assert.That(crams.Items.Select(s => s.Id), Is.EqualTo(new[] { cram }));
            Assert.That(firstPage.Items.Select(s => s.Id), Is.EqualTo(new[] { cram }));
            Assert.That(secondPage.Items.Select(s => s.Id), Is.EqualTo(new[] { practice }));
            Assert.That(secondPage.NextCursor, Is.Null);
            Assert.That(later.Items.Select(s => s.Id), Is.EqualTo(new[] { cram }));
            Assert.That(theirs.Items, Is.Empty, "nobody sees another learner's sessions");
        });
        await badCursor.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await badMode.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Test]
    public async Task ARunningMockTestShowsNoCorrectnessInTheList()
    {
        var q = await ContentSeed.QuestionsAsync("maths__algebra__linear__solve", [ContentSeed.Mcq("Q1", "a"), ContentSeed.Mcq("Q2", "a")]);
        var learner = await LearningApi.LearnerAsync("ada");
        var mock = await learner.StartAsync(SessionMode.MockTest, limits: new SessionLimits { QuestionCount = 2 });
        await learner.AnswerAsync(mock, q[0], selected: ["a"]);

        var running = (await learner.GetAsAsync<StudySessionPage>(ListStudySessionsRequest.Route)).Items.Single();
        await learner.EndAsync(mock);
        var ended = (await learner.GetAsAsync<StudySessionPage>(ListStudySessionsRequest.Route)).Items.Single();

        Assert.Multiple(() =>
        {
            Assert.That((running.Answered, running.Correct, running.Accuracy), Is.EqualTo((1, 0, (double?)null)));
            Assert.That((ended.Answered, ended.Correct, ended.Accuracy), Is.EqualTo((1, 1, (double?)1.0)));
            Assert.That(ended.Points, Is.EqualTo(running.Points), "points never depended on the hidden correctness");
        });
    }
}
