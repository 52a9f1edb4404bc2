using Dapper;
using MySqlConnector;
using AdaptiveLearning.Api.Features.Cards.UndoAnswer;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Client.Models;

using SubmitAnswerBatchRequest = AdaptiveLearning.Api.Features.Answers.SubmitAnswerBatch.SubmitAnswerBatchRequest;
using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Engagement;

/// <summary>
/// The running tallies behind the badges (points_ledger_days, learner_correctness; ADR 0028) must always equal what
/// the ledger and the attempt log say when summed from scratch, whatever path wrote them.
/// </summary>
public sealed class EngagementTallyTests : LearningTestBase
{
    [TestCase(7)]
    [TestCase(42)]
    public async Task TalliesEqualTheLedgerAndAttemptLogAfterAnyMixOfAnswersUndoMockTestsAndReplays(int seed)
    {
        var random = new Random(seed);
        var questions = await ContentSeed.QuestionsAsync("maths__algebra__linear__solve",
            Enumerable.Range(0, 60).Select(i => ContentSeed.Mcq($"Q{i}", "a")).ToList());
        var ada = await LearningApi.LearnerAsync("ada", "Europe/Berlin");
        var bob = await LearningApi.LearnerAsync("bob");
        Clock.UtcNow = new DateTimeOffset(2030, 5, 1, 21, 0, 0, TimeSpan.Zero);
        var next = 0;
        var steps = new List<string>();

        for (var step = 0; step < 14; step++)
        {
            Clock.UtcNow += TimeSpan.FromHours(random.Next(1, 20));
            var learner = random.Next(4) == 0 ? bob : ada;
            switch (random.Next(4))
            {
                case 0: // a practice session, answered right or wrong, sometimes ended (the completion bonus) and sometimes undone
                {
                    var session = await learner.StartAsync(SessionMode.Practice);
                    long card = 0;
                    for (var i = random.Next(1, 4); i > 0; i--, Clock.UtcNow += TimeSpan.FromMinutes(2))
                        card = (await learner.AnswerAsync(session, questions[next++ % questions.Count], selected: [random.Next(3) == 0 ? "b" : "a"])).Card!.Id;
                    if (random.Next(3) == 0) await learner.ChangeCardAsync(card, UndoAnswerEndpoint.Action);
                    if (random.Next(2) == 0) await learner.EndAsync(session);
                    steps.Add("practice");
                    break;
                }
                case 1: // a mock test: correctness counts only once it has ended; an answer undone after the end is taken back
                {
                    var mock = await learner.StartAsync(SessionMode.MockTest, limits: new SessionLimits { QuestionCount = 3 });
                    var attemptId = "";
                    foreach (var item in await learner.NextAsync(mock, 3))
                        await learner.AnswerAsync(mock, item.Question.Id, selected: [random.Next(2) == 0 ? "a" : "b"], clientAttemptId: attemptId = Guid.NewGuid().ToString());
                    await AssertTalliesMatchAsync($"{string.Join(",", steps)},mock running");
                    await learner.EndAsync(mock);
                    await learner.EndAsync(mock); // a second end reveals nothing twice
                    if (random.Next(2) == 0) // a running mock test hides the card, so it is looked up as the learner's card list would give it
                        await learner.ChangeCardAsync(await ContentSeed.ScalarAsync("SELECT card_id FROM attempts WHERE client_attempt_id = @Id",
                            new { Id = attemptId }), UndoAnswerEndpoint.Action);
                    steps.Add("mock");
                    break;
                }
                default: // an offline batch spanning midnight, sent twice (the first-answer-of-day bonus and the answers count once)
                {
                    var batch = new Wire.SubmitAnswerBatchRequest
                    {
                        Answers = Enumerable.Range(0, random.Next(2, 6)).Select(i => new Wire.BatchAnswer
                        {
                            ClientAttemptId = $"offline-{step}-{i}", QuestionId = questions[next++ % questions.Count], Selected = ["a"],
                            AnsweredAt = Clock.UtcNow - TimeSpan.FromHours(6 * i), TimeSpentMs = 9_000,
                        }).ToList(),
                    };
                    await learner.PostAsAsync<AnswerBatchResult>(SubmitAnswerBatchRequest.Route, batch);
                    await learner.PostAsAsync<AnswerBatchResult>(SubmitAnswerBatchRequest.Route, batch);
                    steps.Add("offline");
                    break;
                }
            }
            await AssertTalliesMatchAsync(string.Join(",", steps));
        }
        Assert.That(steps, Does.Contain("mock").And.Contain("offline").And.Contain("practice"), "the seed walks every path");
    }

    private static async Task AssertTalliesMatchAsync(string after)
    {
        await using var connection = new MySqlConnection(TestEnvironment.ConnectionString);
        var kept = (await connection.QueryAsync<(Guid, DateTime, long, long)>(
            "SELECT user_id, local_day, answers, points FROM points_ledger_days WHERE answers <> 0 OR points <> 0 ORDER BY user_id, local_day")).ToList();
        var summed = (await connection.QueryAsync<(Guid, DateTime, long, long)>("""
            SELECT user_id, local_day, CAST(SUM(answers) AS SIGNED), CAST(SUM(points) AS SIGNED) FROM points_ledger
            GROUP BY user_id, local_day HAVING SUM(answers) <> 0 OR SUM(points) <> 0 ORDER BY user_id, local_day
            """)).ToList();
        var correctness = (await connection.QueryAsync<(Guid, long, long)>(
            "SELECT user_id, correct, graded FROM learner_correctness WHERE graded <> 0 OR correct <> 0 ORDER BY user_id")).ToList();
        var counted = (await connection.QueryAsync<(Guid, long, long)>("""
            SELECT a.user_id, CAST(SUM(a.correct = 1) AS SIGNED), COUNT(*)
            FROM attempts a LEFT JOIN learning_sessions s ON s.id = a.session_id
            WHERE a.correct IS NOT NULL AND NOT EXISTS (SELECT 1 FROM attempt_undos u WHERE u.attempt_id = a.id)
              AND (a.mode <> 'mock_test' OR s.id IS NULL OR s.ended_at IS NOT NULL)
            GROUP BY a.user_id ORDER BY a.user_id
            """)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(kept, Is.EqualTo(summed), $"ledger days after {after}");
            Assert.That(correctness, Is.EqualTo(counted), $"correctness after {after}");
            Assert.That(summed, Is.Not.Empty);
        });
    }
}
