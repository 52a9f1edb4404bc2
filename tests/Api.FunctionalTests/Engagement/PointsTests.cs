using AdaptiveLearning.Api.Features.Cards.UndoAnswer;
using AdaptiveLearning.Api.Features.Users.GetPoints;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Engagement;

/// <summary>The points ledger under the default rules (ADR 0022): 10 × difficulty (1.0 at 3) × 1.0 right / 0.3 wrong.</summary>
public sealed class PointsTests : LearningTestBase
{
    private const string Facet = "maths__algebra__linear__solve";

    [Test]
    public async Task AnswersEarnPointsByTheRulesAndUndoTakesThemBack()
    {
        var q = await ContentSeed.QuestionsAsync(Facet, [ContentSeed.Mcq("Q1", "a"), ContentSeed.Mcq("Q2", "a"), ContentSeed.Mcq("Q3", "a")]);
        Clock.UtcNow = new DateTimeOffset(2030, 3, 1, 12, 0, 0, TimeSpan.Zero);
        var learner = await LearningApi.LearnerAsync("ada");
        var practice = await learner.StartAsync(SessionMode.Practice);
        var cram = await learner.StartAsync(SessionMode.Cram);

        var first = await learner.AnswerAsync(practice, q[0], selected: ["a"], clientAttemptId: "right");   // 10 + 20 first of the day
        var wrong = await learner.AnswerAsync(practice, q[1], selected: ["b"], clientAttemptId: "wrong");   // 3
        await learner.AnswerAsync(practice, q[0], selected: ["a"], clientAttemptId: "right");               // a replay: nothing
        await learner.AnswerAsync(cram, q[2], selected: ["a"]);                                            // cram: 0
        await learner.SendAnswerAsync(practice, q[2], selected: ["a"], timeSpentMs: 200);                  // too fast: 0
        Clock.UtcNow += TimeSpan.FromSeconds(10);
        await learner.AnswerAsync(practice, q[0], selected: ["a"]);                                        // same card 10 s later: 0
        Clock.UtcNow += TimeSpan.FromMinutes(1);
        await learner.AnswerAsync(practice, q[2], selected: ["a"]);                                        // 10
        var summary = await learner.EndAsync(practice);                                                    // 5 answers: + 25
        await learner.EndAsync(practice);                                                                  // ending again: nothing
        var beforeUndo = await learner.GetAsAsync<PointsReport>(GetPointsRequest.Route);
        await learner.ChangeCardAsync(wrong.Card!.Id, UndoAnswerEndpoint.Action);                          // − 3
        var after = await learner.GetAsAsync<PointsReport>(GetPointsRequest.Route + "?limit=3");
        var older = await learner.GetAsAsync<PointsReport>(GetPointsRequest.Route + "?limit=100&cursor=" + after.NextCursor);

        Assert.Multiple(() =>
        {
            Assert.That(first.Duplicate, Is.False);
            Assert.That(summary.Answered, Is.EqualTo(5));
            Assert.That(beforeUndo.Total, Is.EqualTo(68));
            Assert.That(beforeUndo.Today, Is.EqualTo(68));
            Assert.That(after.Total, Is.EqualTo(65));
            Assert.That(after.Level, Is.EqualTo(1));
            Assert.That(after.NextLevelPoints, Is.EqualTo(100));
            Assert.That(after.PointsToNextLevel, Is.EqualTo(35));
            Assert.That(after.LevelProgress, Is.EqualTo(0.65));
            Assert.That(after.Entries.Select(e => (e.Source, e.Points)), Is.EqualTo(new[]
            {
                (PointsSource.Undo, -3), (PointsSource.SessionCompleted, 25), (PointsSource.Answer, 10),
            }));
            Assert.That(older.Entries.Select(e => e.Points), Is.EqualTo(new[] { 0, 0, 0, 3, 20, 10 }),
                "a row per recorded answer (none for the replay), newest first");
            Assert.That(older.NextCursor, Is.Null);
        });
    }

    [Test]
    public async Task LevelsFollowTheCurveAndABadCursorIsRefused()
    {
        var learner = await LearningApi.LearnerAsync("ada");
        var userId = (await learner.GetAsAsync<UserProfile>(Features.Users.GetMe.GetMeEndpoint.Route)).Id;
        await ContentSeed.ScalarAsync("""
            INSERT INTO points_ledger (user_id, source, source_key, points, answers, local_day, occurred_at, recorded_at)
            VALUES (@UserId, 'session_completed', 'seeded', 650, 0, UTC_DATE(), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))
            """, new { UserId = userId.ToString() });

        var report = await learner.GetAsAsync<PointsReport>(GetPointsRequest.Route);
        var badCursor = await learner.GetAsync(Api.Route(GetPointsRequest.Route + "?cursor=not-a-cursor"));

        Assert.Multiple(() =>
        {
            Assert.That(report.Level, Is.EqualTo(4), "level 4 starts at 600, level 5 at 1,000");
            Assert.That(report.LevelStartPoints, Is.EqualTo(600));
            Assert.That(report.NextLevelPoints, Is.EqualTo(1000));
            Assert.That(report.LevelProgress, Is.EqualTo(0.125));
        });
        await badCursor.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }
}
