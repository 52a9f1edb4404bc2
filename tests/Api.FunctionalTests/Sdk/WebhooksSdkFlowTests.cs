using AdaptiveLearning.Api.FunctionalTests.Events;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

public sealed class WebhooksSdkFlowTests : SdkTestBase
{
    [Test]
    public async Task AnAdminRegistersAWebhookPingsItAndReadsItsDeliveryLogThroughTheSdk()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = NewAdmin();

        var created = await admin.Webhooks.CreateWebhookAsync(new CreateWebhookRequest
        {
            Url = receiver.Url(), Description = "LMS sync", EventTypes = ["answer.recorded", "import.finished"],
        });
        var refused = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => admin.Webhooks.CreateWebhookAsync(
            new CreateWebhookRequest { Url = "https://169.254.169.254/latest", EventTypes = ["answer.recorded"] }));
        var ping = await admin.Webhooks.PingWebhookAsync(created.Webhook.Id);
        var received = await receiver.WaitForAsync(r => r.Count >= 1);
        var log = await WaitForDeliveredAsync(admin, created.Webhook.Id);
        var again = await admin.Webhooks.RedeliverWebhookDeliveryAsync(created.Webhook.Id, log.Items.Single().Id);
        await receiver.WaitForAsync(r => r.Count >= 2);
        var changed = await admin.Webhooks.UpdateWebhookAsync(created.Webhook.Id, new UpdateWebhookRequest { EventTypes = ["session.ended"] });
        var listed = await admin.Webhooks.ListWebhooksAsync();
        await admin.Webhooks.DeleteWebhookAsync(created.Webhook.Id);
        var gone = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => admin.Webhooks.GetWebhookAsync(created.Webhook.Id));

        Assert.Multiple(() =>
        {
            Assert.That(refused!.Code, Is.EqualTo(ErrorCodes.WebhookUrlNotAllowed));
            Assert.That(received[0].Type, Is.EqualTo("webhook.ping"));
            Assert.That(received[0].EventId, Is.EqualTo(ping.EventId.ToString()));
            Assert.That(WebhookSignatureVerifier.IsValid(created.Secret, received[0].Timestamp, received[0].Signature, received[0].Body), Is.True);
            Assert.That(log.Items.Single().LastStatusCode, Is.EqualTo(200));
            Assert.That(again.EventId, Is.EqualTo(ping.EventId));
            Assert.That(receiver.Received[1].EventId, Is.EqualTo(ping.EventId.ToString()), "redelivered with the same id");
            Assert.That(changed.EventTypes, Is.EqualTo(new[] { "session.ended" }));
            Assert.That(listed.Items.Select(w => w.Id), Does.Contain(created.Webhook.Id));
            Assert.That(gone!.Code, Is.EqualTo(ErrorCodes.NotFound));
        });
    }

    [Test]
    public async Task ALearnerFollowsTheirOwnEventsLiveThroughTheSdk()
    {
        var question = await ContentSeed.QuestionAsync("sdk__ev__en__ts", ContentSeed.Mcq("Q", "a"));
        var learner = await NewLearnerAsync("sdk-ann");
        var session = await learner.Sessions.StartSessionAsync(new StartSessionRequest { Mode = SessionMode.Practice });
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await using var stream = await learner.Events.StreamEventsAsync(cancellationToken: cancel.Token);
        var messages = ServerSentEvents.ReadAsync(stream, cancel.Token).GetAsyncEnumerator(cancel.Token);

        await learner.Answers.SubmitAnswerAsync(session.Id, new SubmitAnswerRequest
        {
            ClientAttemptId = "sdk-1", QuestionId = question, Selected = ["a"], AnsweredAt = DateTimeOffset.UtcNow, TimeSpentMs = 1000,
        });
        Assert.That(await messages.MoveNextAsync(), Is.True);

        Assert.That(messages.Current.Type, Is.EqualTo("answer.recorded"));
        Assert.That(messages.Current.Data, Does.Contain("\"clientAttemptId\":\"sdk-1\""));
        Assert.That(messages.Current.Id, Is.Not.Empty, "the position to resume from");
        await cancel.CancelAsync();
    }

    private static async Task<WebhookDeliveryPage> WaitForDeliveredAsync(AdaptiveLearningClient admin, Guid webhook)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var page = await admin.Webhooks.ListWebhookDeliveriesAsync(webhook);
            if (page.Items.Any(d => d.Status == WebhookDeliveryStatus.Delivered) || DateTime.UtcNow > deadline)
                return page;
            await Task.Delay(50);
        }
    }
}
