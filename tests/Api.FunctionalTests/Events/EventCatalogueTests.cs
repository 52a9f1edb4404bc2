using System.Text.Json.Nodes;
using AdaptiveLearning.Api.Features.Questions.ChangeQuestionStatus;
using AdaptiveLearning.Api.Features.Webhooks.PingWebhook;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Api.FunctionalTests.Security;
using AdaptiveLearning.Application.Events;
using AdaptiveLearning.Client;
using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Events;

/// <summary>
/// The event catalogue in the OpenAPI document is what receivers get: every delivered event has exactly the fields its
/// schema lists, and the SDK reads it as the typed model of its type.
/// </summary>
public sealed class EventCatalogueTests : TestBase
{
    [Test]
    public async Task TheDocumentDescribesEveryEventTypeAsAWebhookWithItsOwnModel()
    {
        var document = await ServedDocumentAsync();

        Assert.Multiple(() =>
        {
            foreach (var type in EventTypes.Catalogue.Select(k => k.Type))
            {
                var body = document["webhooks"]?[type]?["post"]?["requestBody"]?["content"]?["application/cloudevents+json"]?["schema"];
                Assert.That((string?)body?["$ref"], Is.EqualTo($"#/components/schemas/{ModelName(type)}"), type);
                var envelope = Schema(document, ModelName(type));
                Assert.That((string?)envelope["properties"]!["type"]!["const"], Is.EqualTo(type));
                Assert.That(envelope["properties"]!["data"]!["$ref"], Is.Not.Null, $"{type} has a data schema");
            }
        });
    }

    [Test]
    public async Task DeliveredEventsCarryExactlyTheFieldsTheirSchemaListsAndReadAsTypedModels()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await Api.AdminAsync();
        var hook = await Hooks.CreateAsync(admin, receiver.Url(), "answer.recorded", "session.ended", "question.published");
        var (learner, session, questions) = await Hooks.LearnerWithQuestionsAsync("cat", 1);
        var learnerId = await SecurityClients.UserIdAsync("cat");
        var draft = await ContentSeed.QuestionAsync("ev__ent__s__q", ContentSeed.Mcq("Draft", "a"), status: "draft");

        await learner.AnswerAsync(session, questions[0]);
        await learner.EndAsync(session);
        var publish = await admin.PostJsonAsync(PublishQuestionEndpoint.Route.Replace("{id}", draft.ToString(System.Globalization.CultureInfo.InvariantCulture)), new { });
        Assert.That(publish.IsSuccessStatusCode, Is.True, await publish.Content.ReadAsStringAsync());
        var ping = await admin.PostJsonAsync(PingWebhookRequest.For(hook.Webhook.Id), new { });
        Assert.That(ping.IsSuccessStatusCode, Is.True, await ping.Content.ReadAsStringAsync());
        var received = await receiver.WaitForAsync(r => r.Select(d => d.Type).Distinct().Count() >= 4);
        var document = await ServedDocumentAsync();

        Assert.Multiple(() =>
        {
            foreach (var delivery in received)
            {
                var dataSchema = ((string)Schema(document, ModelName(delivery.Type))["properties"]!["data"]!["$ref"]!).Split('/')[^1];
                var listed = Schema(document, dataSchema)["properties"]!.AsObject().Select(p => p.Key);
                var sent = delivery.Json["data"]!.AsObject().Select(p => p.Key);
                Assert.That(sent, Is.EquivalentTo(listed), $"{delivery.Type}'s data against {dataSchema}");
            }

            var answer = (Wire.AnswerRecordedEvent)CloudEvents.Read(received.Single(d => d.Type == "answer.recorded").Body)!;
            Assert.That(answer.Data.LearnerId, Is.EqualTo(learnerId));
            Assert.That(answer.Data.QuestionId, Is.EqualTo(questions[0]));
            Assert.That(answer.Data.SessionId, Is.EqualTo(session));
            Assert.That(answer.Data.Mode, Is.EqualTo(Wire.SessionMode.Practice));
            Assert.That(answer.Data.Correct, Is.True);
            Assert.That(answer.Subject, Is.EqualTo($"learner/{learnerId}"));

            var ended = (Wire.SessionEndedEvent)CloudEvents.Read(received.Single(d => d.Type == "session.ended").Body)!;
            Assert.That(ended.Data.SessionId, Is.EqualTo(session));
            var published = CloudEvents.Read<Wire.QuestionPublishedEvent>(received.Single(d => d.Type == "question.published").Body);
            Assert.That(published.Data.QuestionId, Is.EqualTo(draft));
            Assert.That(published.Data.From, Is.EqualTo(Wire.QuestionStatus.Draft));
            var pinged = (Wire.WebhookPingEvent)CloudEvents.Read(received.Single(d => d.Type == "webhook.ping").Body)!;
            Assert.That(pinged.Data.WebhookId, Is.EqualTo(hook.Webhook.Id));
        });
    }

    [Test]
    public void AnEventTypeNewerThanTheSdkReadsAsNull()
    {
        const string future = """{"specversion":"1.0","id":"00000000-0000-0000-0000-000000000001","source":"/x","type":"galaxy.exploded","subject":"galaxy/1","time":"2026-12-01T00:00:00Z","datacontenttype":"application/json","data":{}}""";
        Assert.That(CloudEvents.Read(future), Is.Null);
        Assert.Throws<System.Text.Json.JsonException>(() => CloudEvents.Read("""{"id":"1"}"""));
    }

    private static string ModelName(string type) =>
        string.Concat(type.Split('.').Select(p => char.ToUpperInvariant(p[0]) + p[1..])) + "Event";

    private static JsonNode Schema(JsonNode document, string name) =>
        document["components"]?["schemas"]?[name] ?? throw new AssertionException($"no component {name}");

    private static async Task<JsonNode> ServedDocumentAsync() =>
        JsonNode.Parse(await Api.Anonymous().GetStringAsync("/openapi/v1.json"))!;
}
