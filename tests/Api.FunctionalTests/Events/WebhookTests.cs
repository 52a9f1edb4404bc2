using AdaptiveLearning.Api.Features.Admin.ListAuditLog;
using AdaptiveLearning.Api.Features.Questions.ChangeQuestionStatus;
using AdaptiveLearning.Api.Features.Webhooks;
using AdaptiveLearning.Api.Features.Webhooks.RedeliverWebhookDelivery;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Api.FunctionalTests.Security;
using AdaptiveLearning.Client;
using Dapper;
using MySqlConnector;
using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Events;

/// <summary>Webhooks against a real HTTP receiver: signed, ordered, retried, logged, and never sent where they must not go.</summary>
public sealed class WebhookTests : TestBase
{
    [Test]
    public async Task ALearnersAnswersArriveSignedInOrderWithTheirEventIds()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await Api.AdminAsync();
        var hook = await Hooks.CreateAsync(admin, receiver.Url());
        var (learner, session, questions) = await Hooks.LearnerWithQuestionsAsync("ann");
        var learnerId = await SecurityClients.UserIdAsync("ann");

        foreach (var question in questions)
            await learner.AnswerAsync(session, question);
        var received = await receiver.WaitForAsync(r => r.Count >= 3);

        Assert.Multiple(() =>
        {
            Assert.That(hook.Secret, Does.StartWith("whsec_"));
            Assert.That(received.Select(r => r.Type), Is.All.EqualTo("answer.recorded"));
            Assert.That(received.Select(r => r.Sequence), Is.EqualTo(new long[] { 1, 2, 3 }), "a learner's answers in the order they were made");
            Assert.That(received.Select(r => (long)r.Json["data"]!["questionId"]!), Is.EqualTo(questions));
            Assert.That(received.Select(r => (string)r.Json["subject"]!), Is.All.EqualTo($"learner/{learnerId}"));
            Assert.That(received.Select(r => (string)r.Json["specversion"]!), Is.All.EqualTo("1.0"));
            Assert.That(received.Select(r => r.EventId), Is.EqualTo(received.Select(r => (string)r.Json["id"]!)), "Webhook-Id is the event's id");
            Assert.That(received.Select(r => r.EventId).Distinct().Count(), Is.EqualTo(3));
            Assert.That(received.All(r => WebhookSignatureVerifier.IsValid(hook.Secret, r.Timestamp, r.Signature, r.Body)), Is.True,
                "every delivery verifies with the secret");
            Assert.That(received.Any(r => WebhookSignatureVerifier.IsValid("whsec_wrong", r.Timestamp, r.Signature, r.Body)), Is.False);
            Assert.That(received.Any(r => WebhookSignatureVerifier.IsValid(hook.Secret, r.Timestamp, r.Signature, r.Body + " ")), Is.False,
                "a changed body fails verification");
            Assert.That(received.Any(r => WebhookSignatureVerifier.IsValid(hook.Secret, r.Timestamp, r.Signature, r.Body, now: DateTimeOffset.UtcNow.AddMinutes(10))),
                Is.False, "a delivery replayed after the window fails verification");
        });
    }

    [Test]
    public async Task OnlySubscribedTypesArriveAndSessionsAndPublishingAnnounceThemselves()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await Api.AdminAsync();
        await Hooks.CreateAsync(admin, receiver.Url(), "session.ended", "question.published");
        var (learner, session, questions) = await Hooks.LearnerWithQuestionsAsync("ann", 1);
        var draft = await ContentSeed.QuestionAsync("ev__ent__s__q", ContentSeed.Mcq("Draft", "a"), status: "draft");

        await learner.AnswerAsync(session, questions[0]);
        await learner.EndAsync(session);
        var publish = await admin.PostJsonAsync(PublishQuestionEndpoint.Route.Replace("{id}", draft.ToString(System.Globalization.CultureInfo.InvariantCulture)), new { });
        Assert.That(publish.IsSuccessStatusCode, Is.True, await publish.Content.ReadAsStringAsync());
        var received = await receiver.WaitForAsync(r => r.Count >= 2);
        await Task.Delay(300);

        Assert.That(receiver.Received.Select(r => r.Type), Is.EquivalentTo(new[] { "session.ended", "question.published" }));
        Assert.That((string)received.Single(r => r.Type == "session.ended").Json["data"]!["sessionId"]!, Is.EqualTo(session.ToString()));
        Assert.That((long)received.Single(r => r.Type == "question.published").Json["data"]!["questionId"]!, Is.EqualTo(draft));
    }

    [Test]
    public async Task AFailingReceiverGetsTheSameEventAgainUntilItAcceptsAndTheLogShowsIt()
    {
        await using var receiver = await WebhookReceiver.StartAsync((_, n) => new ReceiverAnswer(n <= 2 ? 500 : 204));
        var admin = await Api.AdminAsync();
        var hook = await Hooks.CreateAsync(admin, receiver.Url());
        var (learner, session, questions) = await Hooks.LearnerWithQuestionsAsync("ann", 1);

        await learner.AnswerAsync(session, questions[0]);
        var received = await receiver.WaitForAsync(r => r.Count >= 3);
        var log = await Hooks.WaitForLogAsync(admin, hook.Webhook.Id, l => l.Any(d => d.Status == Wire.WebhookDeliveryStatus.Delivered));

        Assert.Multiple(() =>
        {
            Assert.That(received.Select(r => r.EventId).Distinct().Count(), Is.EqualTo(1), "a retry carries the same event id");
            Assert.That(received.Select(r => r.Body).Distinct().Count(), Is.EqualTo(1), "and the same body");
            Assert.That(received.Select(r => r.Headers["Webhook-Attempt"]), Is.EqualTo(new[] { "1", "2", "3" }));
            var delivery = log.Single();
            Assert.That(delivery.Attempts, Is.EqualTo(3));
            Assert.That(delivery.LastStatusCode, Is.EqualTo(204));
            Assert.That(delivery.LastDurationMs, Is.Not.Null);
            Assert.That(delivery.EventId.ToString(), Is.EqualTo(received[0].EventId));
        });
        var webhook = await admin.GetAsAsync<Wire.Webhook>(WebhookRequest.For(hook.Webhook.Id));
        Assert.That(webhook.ConsecutiveFailures, Is.Zero, "a success ends the run of failures");
    }

    [Test]
    public async Task ARedirectIsNotFollowedAndCountsAsAFailure()
    {
        await using var receiver = await WebhookReceiver.StartAsync((r, _) =>
            r.Path == "/hook" ? new ReceiverAnswer(307, Location: "/elsewhere") : ReceiverAnswer.Ok);
        var admin = await Api.AdminAsync();
        var hook = await Hooks.CreateAsync(admin, receiver.Url());
        var (learner, session, questions) = await Hooks.LearnerWithQuestionsAsync("ann", 1);

        await learner.AnswerAsync(session, questions[0]);
        var log = await Hooks.WaitForLogAsync(admin, hook.Webhook.Id, l => l.Any(d => d.LastStatusCode == 307));

        Assert.That(receiver.Received.Select(r => r.Path), Is.All.EqualTo("/hook"), "the redirect target never got the signed request");
        Assert.That(log.Single().LastError, Does.Contain("Redirect"));
        Assert.That(log.Single().Status, Is.Not.EqualTo(Wire.WebhookDeliveryStatus.Delivered));
    }

    [Test]
    public async Task AReceiverThatHangsTimesOutWithoutHoldingUpAnotherWebhook()
    {
        await using var hanging = await WebhookReceiver.StartAsync((_, _) => new ReceiverAnswer(200, Delay: TimeSpan.FromSeconds(30)));
        await using var healthy = await WebhookReceiver.StartAsync();
        var admin = await Api.AdminAsync();
        var slow = await Hooks.CreateAsync(admin, hanging.Url());
        await Hooks.CreateAsync(admin, healthy.Url());
        var (learner, session, questions) = await Hooks.LearnerWithQuestionsAsync("ann", 1);

        await learner.AnswerAsync(session, questions[0]);
        await hanging.WaitForAsync(r => r.Count >= 1, what: "the first attempt");
        await healthy.WaitForAsync(r => r.Count >= 1, seconds: 1.5, what: "its delivery while the other receiver hangs");
        var log = await Hooks.WaitForLogAsync(admin, slow.Webhook.Id, l => l.Any(d => d.LastError is not null), seconds: 10);

        Assert.That(log.Single().LastError, Does.Contain("No answer within"));
        Assert.That(log.Single().LastStatusCode, Is.Null);
    }

    [Test]
    public async Task InsideTargetsAreRefusedWhenAWebhookIsCreated()
    {
        var admin = await Api.AdminAsync();
        string[] refused =
        [
            "https://10.1.2.3/hook", "https://192.168.0.10/hook", "https://169.254.169.254/latest/meta-data", "https://[::1]/hook",
            "https://[fd00::1]/hook", "https://localhost/hook", "https://127.0.0.2/hook", "https://[::ffff:10.0.0.1]/hook",
            "http://93.184.215.14/hook", $"https://{Dns.GetHostName()}/hook",
        ];

        foreach (var url in refused)
        {
            var response = await admin.PostJsonAsync(WebhookRequest.Collection, new Wire.CreateWebhookRequest { Url = url, EventTypes = ["answer.recorded"] });
            await response.AssertProblemAsync((HttpStatusCode)422, "webhook_url_not_allowed");
        }
        var unknownType = await admin.PostJsonAsync(WebhookRequest.Collection, new Wire.CreateWebhookRequest { Url = "https://93.184.215.14/hook", EventTypes = ["card.eaten"] });
        await unknownType.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var publicTarget = await admin.PostJsonAsync(WebhookRequest.Collection, new Wire.CreateWebhookRequest { Url = "https://93.184.215.14/hook", EventTypes = ["answer.recorded"] });
        Assert.That(publicTarget.StatusCode, Is.EqualTo(HttpStatusCode.Created), "a public address literal needs no lookup");
    }

    [Test]
    public async Task AHostNameThatResolvesInsideAtDeliveryTimeIsRefusedThen()
    {
        var host = Dns.GetHostName();
        var addresses = await Dns.GetHostAddressesAsync(host);
        Assume.That(addresses, Is.Not.Empty.And.All.Matches<IPAddress>(a => a is not null && IsInside(a)), "this machine's own name must resolve inside");
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await Api.AdminAsync();
        // Accepted earlier while the name pointed outside (as an attacker's DNS would answer), now it points at this machine.
        var hook = await Hooks.CreateAsync(admin, receiver.Url());
        await using (var connection = new MySqlConnection(TestEnvironment.ConnectionString))
            await connection.ExecuteAsync("UPDATE webhooks SET url = @Url WHERE id = @Id",
                new { Url = $"https://{host}:{receiver.Port}/hook", Id = hook.Webhook.Id.ToString() });
        var (learner, session, questions) = await Hooks.LearnerWithQuestionsAsync("ann", 1);

        await learner.AnswerAsync(session, questions[0]);
        var log = await Hooks.WaitForLogAsync(admin, hook.Webhook.Id, l => l.Any(d => d.LastError is not null));

        Assert.That(log.Single().LastError, Does.Contain("not a public address"));
        Assert.That(receiver.Received, Is.Empty);
    }

    [Test]
    public async Task RedeliveringSendsTheSameEventAgainWithAFreshSignature()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await Api.AdminAsync();
        var hook = await Hooks.CreateAsync(admin, receiver.Url());
        var (learner, session, questions) = await Hooks.LearnerWithQuestionsAsync("ann", 1);
        await learner.AnswerAsync(session, questions[0]);
        var log = await Hooks.WaitForLogAsync(admin, hook.Webhook.Id, l => l.Any(d => d.Status == Wire.WebhookDeliveryStatus.Delivered));

        var again = await admin.PostAsAsync<Wire.WebhookDelivery>(RedeliverWebhookDeliveryRequest.For(hook.Webhook.Id, log[0].Id), new { }, HttpStatusCode.Accepted);
        var received = await receiver.WaitForAsync(r => r.Count >= 2);

        Assert.Multiple(() =>
        {
            Assert.That(again.Status, Is.EqualTo(Wire.WebhookDeliveryStatus.Pending));
            Assert.That(received[1].EventId, Is.EqualTo(received[0].EventId));
            Assert.That(received[1].Body, Is.EqualTo(received[0].Body));
            Assert.That(WebhookSignatureVerifier.IsValid(hook.Secret, received[1].Timestamp, received[1].Signature, received[1].Body), Is.True);
        });
    }

    [Test]
    public async Task EventsPublishedAgainAfterACrashKeepTheirIdsAndAreNotDeliveredTwice()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await Api.AdminAsync();
        await Hooks.CreateAsync(admin, receiver.Url());
        var (learner, session, questions) = await Hooks.LearnerWithQuestionsAsync("ann", 2);
        foreach (var question in questions)
            await learner.AnswerAsync(session, question);
        var first = await receiver.WaitForAsync(r => r.Count >= 2);

        // What a publisher that died before its batch committed leaves: the rows unpublished, their numbers unassigned.
        await using (var connection = new MySqlConnection(TestEnvironment.ConnectionString))
            await connection.ExecuteAsync("UPDATE outbox_events SET published_at = NULL, sequence = NULL");
        await Task.Delay(1000);
        await using (var connection = new MySqlConnection(TestEnvironment.ConnectionString))
        {
            var republished = await connection.QueryAsync<(Guid Id, long? Sequence)>("SELECT id, sequence FROM outbox_events ORDER BY seq");
            Assert.That(republished.Select(e => e.Sequence), Is.EqualTo(new long?[] { 1, 2 }), "published again, numbered as before");
        }

        Assert.That(receiver.Received.Select(r => r.EventId), Is.EqualTo(first.Select(r => r.EventId)), "no second delivery, no new ids");
    }

    [Test]
    public async Task ABatchThatDiesMidPublicationIsPublishedAgainWithTheSameIdsAndNothingLost()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await Api.AdminAsync();
        await Hooks.CreateAsync(admin, receiver.Url());
        var (learner, session, questions) = await Hooks.LearnerWithQuestionsAsync("ann", 3);
        await using var connection = new MySqlConnection(TestEnvironment.ConnectionString);
        // The publisher dies in the middle of its batch (deliveries written, events not yet marked) for as long as the fault is on.
        await connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS test_publisher_faults (id INT NOT NULL PRIMARY KEY) ENGINE = InnoDB");
        await connection.ExecuteAsync("INSERT IGNORE INTO test_publisher_faults (id) VALUES (1)");
        await connection.ExecuteAsync("DROP TRIGGER IF EXISTS test_publisher_dies");
        await connection.ExecuteAsync("""
            CREATE TRIGGER test_publisher_dies BEFORE UPDATE ON outbox_events FOR EACH ROW
            BEGIN
                IF NEW.published_at IS NOT NULL AND OLD.published_at IS NULL AND EXISTS (SELECT 1 FROM test_publisher_faults) THEN
                    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'publisher killed mid-batch';
                END IF;
            END
            """);
        try
        {
            foreach (var question in questions)
                await learner.AnswerAsync(session, question);
            var written = (await connection.QueryAsync<Guid>("SELECT id FROM outbox_events ORDER BY seq")).Select(id => id.ToString()).ToList();
            await Task.Delay(1000);
            var deliveriesWhileDown = await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM webhook_deliveries");
            Assert.That(receiver.Received, Is.Empty, "nothing leaves while every batch dies before it commits");
            Assert.That(deliveriesWhileDown, Is.Zero, "a dead batch's deliveries die with it");

            await connection.ExecuteAsync("DELETE FROM test_publisher_faults");
            var received = await receiver.WaitForAsync(r => r.Count >= 3);
            await Task.Delay(500);

            Assert.That(receiver.Received.Select(r => r.EventId), Is.EqualTo(written), "each event once, with the id it was written with, in order");
            Assert.That(received.Select(r => r.Sequence), Is.EqualTo(new long[] { 1, 2, 3 }));
        }
        finally
        {
            await connection.ExecuteAsync("DROP TRIGGER IF EXISTS test_publisher_dies");
            await connection.ExecuteAsync("DROP TABLE IF EXISTS test_publisher_faults");
        }
    }

    [Test]
    public async Task AWebhookThatKeepsFailingIsSwitchedOffAndCanBeSwitchedBackOn()
    {
        await using var receiver = await WebhookReceiver.StartAsync((_, _) => new ReceiverAnswer(500));
        var admin = await Api.AdminAsync();
        var hook = await Hooks.CreateAsync(admin, receiver.Url());
        var (learner, session, questions) = await Hooks.LearnerWithQuestionsAsync("ann", 2);
        foreach (var question in questions)
            await learner.AnswerAsync(session, question);

        var deadline = DateTime.UtcNow.AddSeconds(15);
        Wire.Webhook webhook;
        while ((webhook = await admin.GetAsAsync<Wire.Webhook>(WebhookRequest.For(hook.Webhook.Id))).Active && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        var audit = await admin.GetStringAsync(Api.Route(ListAuditLogRequest.Route + "?kind=webhook_disabled"));
        var reactivated = await admin.PatchAsAsync<Wire.Webhook>(WebhookRequest.For(hook.Webhook.Id), new Wire.UpdateWebhookRequest { Active = true });

        Assert.Multiple(() =>
        {
            Assert.That(webhook.Active, Is.False);
            Assert.That(webhook.DisabledReason, Does.Contain("failed deliveries in a row"));
            Assert.That(webhook.ConsecutiveFailures, Is.GreaterThanOrEqualTo(ApiFactory.WebhookFailuresBeforeDisable));
            Assert.That(audit, Does.Contain(hook.Webhook.Id.ToString()));
            Assert.That(reactivated.Active, Is.True);
            Assert.That(reactivated.ConsecutiveFailures, Is.Zero);
            Assert.That(reactivated.DisabledReason, Is.Null);
        });
    }

    /// <summary>Loopback, private, link-local or documentation addresses: what a test machine's own name resolves to.</summary>
    private static bool IsInside(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal)
            return true;
        var b = address.GetAddressBytes();
        return address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork
               && (b[0] == 10 || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168) || (b[0] == 169 && b[1] == 254)
                   || (b[0] == 100 && b[1] is >= 64 and <= 127) || (b[0] == 192 && b[1] == 0 && b[2] == 2));
    }
}
