using AdaptiveLearning.Api.Features.Webhooks;
using AdaptiveLearning.Api.FunctionalTests.Security;
using AdaptiveLearning.Api.FunctionalTests.ServiceAccounts;
using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Events;

/// <summary>Who may manage webhooks: admins all of them, a service account with the webhooks scope its own, nobody else any.</summary>
public sealed class WebhookAccessTests : TestBase
{
    [Test]
    public async Task AServiceAccountSeesOnlyItsOwnWebhooksAndOthersAreRefused()
    {
        var admin = await Api.AdminAsync();
        var owner = KeyClients.WithKey((await KeyClients.IssueAsync(admin, (await KeyClients.AccountAsync(admin, Wire.ApiScope.Webhooks)).Id)).Key);
        var other = KeyClients.WithKey((await KeyClients.IssueAsync(admin, (await KeyClients.AccountAsync(admin, Wire.ApiScope.Webhooks)).Id)).Key);
        var contentOnly = KeyClients.WithKey((await KeyClients.IssueAsync(admin, (await KeyClients.AccountAsync(admin, Wire.ApiScope.ContentRead)).Id)).Key);
        var learner = await Api.LearnerAsync("lee");
        var hook = await Hooks.CreateAsync(owner, "https://93.184.215.14/hook");
        var id = hook.Webhook.Id.ToString();

        var reached = new List<string>();
        foreach (var operation in OpenApiOperation.All.Where(o => o.Path.Contains("/webhooks/{id}", StringComparison.Ordinal)))
        {
            using var request = new HttpRequestMessage(new HttpMethod(operation.Method), operation.PathWith(name => name == "id" ? id : Guid.NewGuid().ToString()))
            {
                Content = JsonContent.Create(new { }),
            };
            var response = await other.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.NotFound)
                reached.Add($"{operation} → {(int)response.StatusCode}");
        }

        Assert.That(reached, Is.Empty, "another service account's webhook does not exist for it");
        Assert.That((await other.GetAsAsync<Wire.WebhookList>(WebhookRequest.Collection)).Items, Is.Empty);
        Assert.That((await owner.GetAsAsync<Wire.WebhookList>(WebhookRequest.Collection)).Items.Select(w => w.Id), Is.EqualTo(new[] { hook.Webhook.Id }));
        Assert.That((await admin.GetAsAsync<Wire.WebhookList>(WebhookRequest.Collection)).Items.Select(w => w.Id), Does.Contain(hook.Webhook.Id));
        await (await contentOnly.PostJsonAsync(WebhookRequest.Collection, new Wire.CreateWebhookRequest { Url = "https://93.184.215.14/x", EventTypes = ["answer.recorded"] }))
            .AssertProblemAsync(HttpStatusCode.Forbidden, "insufficient_scope");
        await (await learner.GetAsync(Api.Route(WebhookRequest.Collection))).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await Api.Anonymous().GetAsync(Api.Route(WebhookRequest.Collection))).AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Test]
    public async Task WebhookChangesAreAudited()
    {
        var admin = await Api.AdminAsync();
        var hook = await Hooks.CreateAsync(admin, "https://93.184.215.14/hook");
        await admin.PatchAsAsync<Wire.Webhook>(WebhookRequest.For(hook.Webhook.Id), new Wire.UpdateWebhookRequest { Active = false });
        var deleted = await admin.DeleteAsync(Api.Route(WebhookRequest.For(hook.Webhook.Id)));

        var audit = await admin.GetAsAsync<Wire.AuditLogPage>(Features.Admin.ListAuditLog.ListAuditLogRequest.Route);
        var kinds = audit.Items.Where(e => e.Detail?.Contains(hook.Webhook.Id.ToString(), StringComparison.Ordinal) == true).Select(e => e.Kind).ToList();

        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(kinds, Is.EquivalentTo(new[] { Wire.AuditKind.WebhookCreated, Wire.AuditKind.WebhookChanged, Wire.AuditKind.WebhookDeleted }));
        await (await admin.GetAsync(Api.Route(WebhookRequest.For(hook.Webhook.Id)))).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
    }
}
