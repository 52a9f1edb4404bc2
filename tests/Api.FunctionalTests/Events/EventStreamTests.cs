using System.Diagnostics;
using AdaptiveLearning.Api.Features.Events.StreamEvents;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Api.FunctionalTests.Security;
using AdaptiveLearning.Api.FunctionalTests.ServiceAccounts;
using Dapper;
using MySqlConnector;
using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Events;

/// <summary>The learner's live stream (SSE over Redis streams): across instances, resumable, and only their own events.</summary>
public sealed class EventStreamTests : TestBase
{
    [Test]
    public async Task AnAnswerGivenOnAnotherInstanceReachesTheStreamWithinASecond()
    {
        var (learner, session, questions) = await Hooks.LearnerWithQuestionsAsync("ann", 1);
        await using var otherInstance = Fixture.Api.WithWebHostBuilder(_ => { });
        var onOtherInstance = Api.WithToken(Api.Anonymous(otherInstance), learner.DefaultRequestHeaders.Authorization!.Parameter!);
        await using var stream = await EventStream.OpenAsync(learner);

        var answer = await onOtherInstance.AnswerAsync(session, questions[0]);
        var answered = Stopwatch.StartNew();
        var (message, envelope) = await stream.NextAsync();
        var latency = answered.Elapsed;

        Assert.Multiple(() =>
        {
            Assert.That(message.Type, Is.EqualTo("answer.recorded"));
            Assert.That((long)envelope["data"]!["questionId"]!, Is.EqualTo(questions[0]));
            Assert.That((bool?)envelope["data"]!["correct"], Is.EqualTo(answer.Correct));
            Assert.That(latency, Is.LessThan(TimeSpan.FromSeconds(1)));
        });
    }

    [Test]
    public async Task ReconnectingWithTheLastEventIdDeliversWhatWasMissedInOrder()
    {
        var (learner, session, questions) = await Hooks.LearnerWithQuestionsAsync("ann", 3);
        string lastSeen;
        await using (var stream = await EventStream.OpenAsync(learner))
        {
            await learner.AnswerAsync(session, questions[0]);
            lastSeen = (await stream.NextAsync()).Message.Id;
        }

        await learner.AnswerAsync(session, questions[1]);
        await learner.AnswerAsync(session, questions[2]);
        await WaitUntilPublishedAsync(3);
        await using var resumed = await EventStream.OpenAsync(learner, lastSeen);
        var missed = new[] { await resumed.NextAsync(), await resumed.NextAsync() };

        Assert.That(missed.Select(m => (long)m.Envelope["data"]!["questionId"]!), Is.EqualTo(questions.Skip(1)));
        Assert.That(missed.Select(m => (long)m.Envelope["sequence"]!), Is.EqualTo(new long[] { 2, 3 }));
    }

    [Test]
    public async Task AStreamCarriesOnlyTheCallersOwnEvents()
    {
        var (ann, annSession, questions) = await Hooks.LearnerWithQuestionsAsync("ann", 1);
        var bob = await Api.LearnerAsync("bob");
        var bobSession = await bob.StartAsync(Wire.SessionMode.Practice);
        var annId = await SecurityClients.UserIdAsync("ann");
        await using var stream = await EventStream.OpenAsync(ann);

        await bob.AnswerAsync(bobSession, questions[0]);
        await WaitUntilPublishedAsync(1);
        await ann.AnswerAsync(annSession, questions[0]);
        var (_, envelope) = await stream.NextAsync();

        Assert.That((string)envelope["subject"]!, Is.EqualTo($"learner/{annId}"), "bob's answer never reached ann's stream");
    }

    [Test]
    public async Task TheStreamIsForSignedInUsersOnly()
    {
        var admin = await Api.AdminAsync();
        var key = await KeyClients.IssueAsync(admin, (await KeyClients.AccountAsync(admin, Wire.ApiScope.Webhooks)).Id);

        await (await Api.Anonymous().GetAsync(Api.Route(StreamEventsEndpoint.Route))).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        await (await KeyClients.WithKey(key.Key).GetAsync(Api.Route(StreamEventsEndpoint.Route)))
            .AssertProblemAsync(HttpStatusCode.Forbidden, "insufficient_scope");
    }

    private static async Task WaitUntilPublishedAsync(int events)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        await using var connection = new MySqlConnection(TestEnvironment.ConnectionString);
        while (await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM outbox_events WHERE published_at IS NOT NULL") < events)
        {
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"{events} events were not published within 10 s");
            await Task.Delay(50);
        }
    }
}
