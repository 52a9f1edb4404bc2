using AdaptiveLearning.Api.Features.Webhooks;
using AdaptiveLearning.Api.Features.Webhooks.ListWebhookDeliveries;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Events;

/// <summary>Webhook set-up and the learner moves that cause events, as test one-liners.</summary>
internal static class Hooks
{
    public static async Task<Wire.CreatedWebhook> CreateAsync(HttpClient caller, string url, params string[] types) =>
        await caller.PostAsAsync<Wire.CreatedWebhook>(WebhookRequest.Collection,
            new Wire.CreateWebhookRequest { Url = url, Description = "test receiver", EventTypes = [.. types.Length == 0 ? new[] { "answer.recorded" } : types] },
            HttpStatusCode.Created);

    public static Task<Wire.WebhookDeliveryPage> DeliveriesAsync(HttpClient caller, Guid webhook) =>
        caller.GetAsAsync<Wire.WebhookDeliveryPage>(ListWebhookDeliveriesRequest.For(webhook));

    /// <summary>Polls the delivery log until <paramref name="done"/> holds for it.</summary>
    public static async Task<IReadOnlyList<Wire.WebhookDelivery>> WaitForLogAsync(HttpClient caller, Guid webhook,
        Func<IReadOnlyList<Wire.WebhookDelivery>, bool> done, double seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var items = (await DeliveriesAsync(caller, webhook)).Items.ToList();
            if (done(items))
                return items;
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"the delivery log did not get there within {seconds} s: " +
                            string.Join("; ", items.Select(d => $"{d.EventType} {d.Status} x{d.Attempts} {d.LastStatusCode} {d.LastError}")));
            await Task.Delay(50);
        }
    }

    /// <summary>A learner with a session and <paramref name="count"/> published questions to answer.</summary>
    public static async Task<(HttpClient Learner, Guid Session, IReadOnlyList<long> Questions)> LearnerWithQuestionsAsync(string name, int count = 3)
    {
        var questions = await ContentSeed.QuestionsAsync("ev__ent__s__q", Enumerable.Range(1, count).Select(i => ContentSeed.Mcq($"Q{i}", "a")).ToList());
        var learner = await Api.LearnerAsync(name);
        return (learner, await learner.StartAsync(Wire.SessionMode.Practice), questions);
    }

    public static Task<Wire.AnswerResult> AnswerAsync(this HttpClient learner, Guid session, long question) =>
        learner.AnswerAsync(session, question, selected: ["a"], answeredAt: DateTimeOffset.UtcNow);
}
