using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Client.Models;
using Dapper;
using MySqlConnector;

using SubmitAnswerBatchRequest = AdaptiveLearning.Api.Features.Answers.SubmitAnswerBatch.SubmitAnswerBatchRequest;
using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Operations;

/// <summary>A real InnoDB deadlock against the answer transaction, as two Galera nodes' writes would produce at certification.</summary>
public sealed class DeadlockTelemetryTests : LearningTestBase
{
    private const string Facet = "ops__telemetry__deadlock__answers";
    private static readonly (string, string)[] CardDeadlocks = [("db_operation", "card_transaction"), ("error_type", "deadlock")];

    [Test]
    public async Task AnswerTransactionRetriedAfterADeadlockIsCountedAsAConflict()
    {
        var questions = (await ContentSeed.QuestionsAsync(Facet, [ContentSeed.Mcq("First", "a"), ContentSeed.Mcq("Second", "a")])).Order().ToList();
        var learner = await Api.LearnerAsync("contended");
        var session = await learner.StartAsync(SessionMode.Practice);
        foreach (var question in questions)
            await learner.AnswerAsync(session, question, selected: ["a"]); // both cards exist: the batch below only locks them
        var scraper = Api.WithToken(TestEnvironment.ScraperToken);
        var before = await PrometheusScrape.ReadAsync(scraper);

        await using var rival = new MySqlConnection(TestEnvironment.ConnectionString);
        await rival.OpenAsync();
        await using var transaction = await rival.BeginTransactionAsync();
        var parameters = new { Username = "contended", First = questions[0], Second = questions[1] };
        // The rival changes two rows, the API's transaction none yet: InnoDB rolls back the lighter one, the API's.
        await rival.ExecuteAsync("UPDATE users SET last_answer_recorded_at = UTC_TIMESTAMP(6) WHERE username = @Username", parameters, transaction);
        await rival.ExecuteAsync("""
            UPDATE cards c JOIN users u ON u.id = c.user_id SET c.updated_at = UTC_TIMESTAMP(6)
            WHERE u.username = @Username AND c.question_id = @Second
            """, parameters, transaction);
        var batch = learner.PostJsonAsync(SubmitAnswerBatchRequest.Route, new Wire.SubmitAnswerBatchRequest
        {
            Answers = [.. questions.Select(q => new BatchAnswer
            {
                ClientAttemptId = Guid.NewGuid().ToString(), QuestionId = q, Selected = ["a"], AnsweredAt = Clock.UtcNow, TimeSpentMs = 1,
            })],
        });
        await WaitUntilTheApiWaitsForALockAsync(batch);
        // The API holds the first card and waits for the second; asking for the first closes the cycle.
        await rival.ExecuteAsync("""
            SELECT c.id FROM cards c JOIN users u ON u.id = c.user_id
            WHERE u.username = @Username AND c.question_id = @First FOR UPDATE
            """, parameters, transaction);
        await transaction.RollbackAsync();
        var response = await batch;
        var after = await PrometheusScrape.ReadAsync(scraper);

        Assert.Multiple(() =>
        {
            Assert.That(response.IsSuccessStatusCode, Is.True, "the retried transaction stores the answers");
            Assert.That(after.Sum("adaptive_db_conflicts_total", CardDeadlocks) - before.Sum("adaptive_db_conflicts_total", CardDeadlocks), Is.EqualTo(1));
            Assert.That(after.Sum("adaptive_answers_recorded_total") - before.Sum("adaptive_answers_recorded_total"), Is.EqualTo(2),
                "the rolled-back try stored nothing");
        });
    }

    /// <summary>MariaDB lists no lock wait in INNODB_TRX for it, so this watches for the API's locking read being in flight.</summary>
    private static async Task WaitUntilTheApiWaitsForALockAsync(Task<HttpResponseMessage> batch)
    {
        await using var observer = new MySqlConnection(TestEnvironment.ConnectionString);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await observer.ExecuteScalarAsync<long>("""
                   SELECT COUNT(*) FROM information_schema.PROCESSLIST
                   WHERE DB = DATABASE() AND COMMAND = 'Query' AND INFO LIKE '%FROM cards c%FOR UPDATE%' AND TIME_MS > 100
                   """) == 0)
        {
            if (batch.IsCompleted)
                Assert.Fail("the batch finished without waiting for the rival's lock: " + await (await batch).Content.ReadAsStringAsync());
            if (DateTime.UtcNow > deadline)
                Assert.Fail("the answer transaction never waited for the rival's lock");
            await Task.Delay(20);
        }
    }
}
