using AdaptiveLearning.Api.Features.Admin.ListAuditLog;
using AdaptiveLearning.Api.Features.Cards.ListCards;
using AdaptiveLearning.Api.Features.Imports.GetImport;
using AdaptiveLearning.Api.Features.Questions.GetQuestion;
using AdaptiveLearning.Api.Features.Questions.ListQuestions;
using AdaptiveLearning.Api.Features.ServiceAccounts;
using AdaptiveLearning.Api.Features.Users.GetMe;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Api.FunctionalTests.Security;
using CreateQuestionRequest = AdaptiveLearning.Api.Features.Questions.CreateQuestion.CreateQuestionRequest;
using StartImportRequest = AdaptiveLearning.Api.Features.Imports.StartImport.StartImportRequest;
using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.ServiceAccounts;

/// <summary>Issue #14's "an API key calling the API": service accounts, scoped keys, revocation, rotation and their audit trail.</summary>
public sealed class ServiceAccountTests : TestBase
{
    [Test]
    public async Task AKeyIsShownOnceAndCallsTheApiAsItsServiceAccount()
    {
        await ContentSeed.QuestionAsync("a__b__c__d", ContentSeed.Mcq("Published", "a"));
        var admin = await Api.AdminAsync();
        var account = await KeyClients.AccountAsync(admin, Wire.ApiScope.ContentRead, Wire.ApiScope.Imports);

        var issued = await KeyClients.IssueAsync(admin, account.Id);
        var questions = await KeyClients.WithKey(issued.Key).GetAsAsync<Wire.QuestionPage>(ListQuestionsRequest.Route);
        var import = await KeyClients.WithKey(issued.Key, inAuthorization: true).PostJsonAsync(StartImportRequest.Route,
            new Wire.StartImportRequest { Files = [new() { Name = "x__y__z__w.json", Content = "[]" }], DryRun = true });
        var job = await KeyClients.WithKey(issued.Key).GetAsync(import.Headers.Location!.ToString());
        var listing = await admin.GetStringAsync(Api.Route(ApiKeyRequest.KeysOf(account.Id)));
        var keys = ApiJson.Deserialize<Wire.ApiKeyList>(listing);

        Assert.Multiple(() =>
        {
            Assert.That(issued.Key, Does.Match("^al_live_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$"));
            Assert.That(issued.Key, Does.StartWith(issued.ApiKey.Prefix + "_"));
            Assert.That(issued.ApiKey.Scopes, Is.EqualTo(new[] { Wire.ApiScope.ContentRead, Wire.ApiScope.Imports }), "all of the account's scopes by default");
            Assert.That(questions.Items, Has.Count.EqualTo(1));
            Assert.That(import.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That(job.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the key reads its own import");
            Assert.That(listing, Does.Not.Contain(issued.Key[(issued.ApiKey.Prefix.Length + 1)..]), "the secret is never listed");
            Assert.That(keys.Items.Single().LastUsedAt, Is.Not.Null);
            Assert.That(keys.Items.Single().State, Is.EqualTo(Wire.ApiKeyState.Active));
        });
    }

    [Test]
    public async Task AKeyReachesOnlyTheRoutesItsScopesOpenAndNeverPersonalOrAdminRoutes()
    {
        var draft = await ContentSeed.QuestionAsync("a__b__c__d", ContentSeed.Mcq("Draft", "a"), status: "draft");
        var admin = await Api.AdminAsync();
        var account = await KeyClients.AccountAsync(admin, Wire.ApiScope.ContentRead, Wire.ApiScope.ContentWrite);
        var reader = KeyClients.WithKey((await KeyClients.IssueAsync(admin, account.Id, [Wire.ApiScope.ContentRead])).Key);
        var writer = KeyClients.WithKey((await KeyClients.IssueAsync(admin, account.Id, [Wire.ApiScope.ContentWrite])).Key);

        foreach (var route in new[] { GetMeEndpoint.Route, ListCardsRequest.Route, ServiceAccountRequest.Collection, ListAuditLogRequest.Route })
            await (await writer.GetAsync(Api.Route(route))).AssertProblemAsync(HttpStatusCode.Forbidden, "insufficient_scope");
        await (await reader.PostJsonAsync(CreateQuestionRequest.Route, new { })).AssertProblemAsync(HttpStatusCode.Forbidden, "insufficient_scope");
        await (await reader.PostJsonAsync(StartImportRequest.Route, new { files = Array.Empty<object>() })).AssertProblemAsync(HttpStatusCode.Forbidden, "insufficient_scope");
        await (await reader.GetAsync(Api.Route(GetQuestionRequest.For(draft)))).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        var writerReadsDraft = await writer.GetAsync(Api.Route(GetQuestionRequest.For(draft)));
        var writerPosts = await writer.PostJsonAsync(CreateQuestionRequest.Route, new { });

        Assert.Multiple(() =>
        {
            Assert.That(writerReadsDraft.StatusCode, Is.EqualTo(HttpStatusCode.OK), "content_write reads as an author does");
            Assert.That(writerPosts.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "content_write reaches the author route's validation");
        });
    }

    [Test]
    public async Task ARevokedKeyOrADeactivatedAccountFailsAtOnceWithItsCodeOnEveryInstance()
    {
        await using var other = new ApiFactory();
        var admin = await Api.AdminAsync();
        var account = await KeyClients.AccountAsync(admin, Wire.ApiScope.ContentRead);
        var revoked = await KeyClients.IssueAsync(admin, account.Id, name: "old");
        var kept = await KeyClients.IssueAsync(admin, account.Id, name: "kept");
        var elsewhere = KeyClients.WithKey(revoked.Key, host: other);
        Assert.That((await elsewhere.GetAsync(Api.Route(ListQuestionsRequest.Route))).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var view = await admin.PostAsAsync<Wire.ApiKeyView>(ApiKeyRequest.For(account.Id, revoked.ApiKey.Id) + "/revoke");
        var again = await admin.PostAsAsync<Wire.ApiKeyView>(ApiKeyRequest.For(account.Id, revoked.ApiKey.Id) + "/revoke");
        await (await elsewhere.GetAsync(Api.Route(ListQuestionsRequest.Route))).AssertProblemAsync(HttpStatusCode.Unauthorized, "api_key_revoked");
        Assert.That((await KeyClients.WithKey(kept.Key).GetAsync(Api.Route(ListQuestionsRequest.Route))).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await admin.PatchAsAsync<Wire.ServiceAccount>(ServiceAccountRequest.For(account.Id), new Wire.UpdateServiceAccountRequest { Active = false });
        await (await KeyClients.WithKey(kept.Key, host: other).GetAsync(Api.Route(ListQuestionsRequest.Route)))
            .AssertProblemAsync(HttpStatusCode.Unauthorized, "service_account_deactivated");
        await (await admin.PostJsonAsync(ApiKeyRequest.KeysOf(account.Id), new { name = "new", expiresAt = DateTimeOffset.UtcNow.AddDays(1) }))
            .AssertProblemAsync(HttpStatusCode.Conflict, "conflict");
        await admin.PatchAsAsync<Wire.ServiceAccount>(ServiceAccountRequest.For(account.Id), new Wire.UpdateServiceAccountRequest { Active = true });

        Assert.Multiple(() =>
        {
            Assert.That(view.State, Is.EqualTo(Wire.ApiKeyState.Revoked));
            Assert.That(again.RevokedAt, Is.EqualTo(view.RevokedAt), "revoking twice keeps the first time");
        });
        Assert.That((await KeyClients.WithKey(kept.Key).GetAsync(Api.Route(ListQuestionsRequest.Route))).StatusCode, Is.EqualTo(HttpStatusCode.OK),
            "reactivation restores the keys that were not revoked");
    }

    [Test]
    public async Task KeysThatAreNotOursOrHaveTheWrongSecretAreRefusedAsInvalid()
    {
        var admin = await Api.AdminAsync();
        var account = await KeyClients.AccountAsync(admin, Wire.ApiScope.ContentRead);
        var issued = await KeyClients.IssueAsync(admin, account.Id);
        var wrongSecret = issued.Key[..^4] + (issued.Key.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        var unknownId = ApiKeyPrefix(Guid.NewGuid()) + issued.Key[(issued.ApiKey.Prefix.Length)..];

        foreach (var key in new[] { wrongSecret, unknownId, "al_live_nonsense", "" + new string('x', 300) })
            await (await KeyClients.WithKey(key).GetAsync(Api.Route(ListQuestionsRequest.Route))).AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_api_key");
        Assert.That((await KeyClients.WithKey(issued.Key).GetAsync(Api.Route(ListQuestionsRequest.Route))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task RotationIssuesANewKeyAndTheOldOneWorksOnlyUntilTheGracePeriodEnds()
    {
        var admin = await Api.AdminAsync();
        var account = await KeyClients.AccountAsync(admin, Wire.ApiScope.ContentRead);
        var first = await KeyClients.IssueAsync(admin, account.Id);

        var rotated = await admin.PostAsAsync<Wire.IssuedApiKey>(RotateRoute(account.Id, first.ApiKey.Id), new { graceMinutes = 60 }, HttpStatusCode.Created);
        var bothWork = new[]
        {
            await KeyClients.WithKey(first.Key).GetAsync(Api.Route(ListQuestionsRequest.Route)),
            await KeyClients.WithKey(rotated.Key).GetAsync(Api.Route(ListQuestionsRequest.Route)),
        };
        await (await admin.PostJsonAsync(RotateRoute(account.Id, first.ApiKey.Id), new { })).AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "invalid_transition");

        var now = await admin.PostAsAsync<Wire.IssuedApiKey>(RotateRoute(account.Id, rotated.ApiKey.Id), new { graceMinutes = 0 }, HttpStatusCode.Created);
        await (await KeyClients.WithKey(rotated.Key).GetAsync(Api.Route(ListQuestionsRequest.Route))).AssertProblemAsync(HttpStatusCode.Unauthorized, "api_key_expired");

        Assert.Multiple(() =>
        {
            Assert.That(bothWork.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(rotated.Key, Is.Not.EqualTo(first.Key));
            Assert.That(rotated.ApiKey.Name, Is.EqualTo(first.ApiKey.Name));
            Assert.That(rotated.ApiKey.ExpiresAt - rotated.ApiKey.CreatedAt, Is.EqualTo(first.ApiKey.ExpiresAt - first.ApiKey.CreatedAt).Within(TimeSpan.FromSeconds(5)),
                "the new key lives as long as the old one did");
            Assert.That(rotated.Replaced!.ReplacedBy, Is.EqualTo(rotated.ApiKey.Id));
            Assert.That(rotated.Replaced.ExpiresAt, Is.EqualTo(DateTimeOffset.UtcNow.AddMinutes(60)).Within(TimeSpan.FromMinutes(1)));
            Assert.That(now.Replaced!.State, Is.EqualTo(Wire.ApiKeyState.Expired));
        });
    }

    [Test]
    public async Task AKeyMustExpireWithinTheLimitAndHoldOnlyTheAccountsScopes()
    {
        var admin = await Api.AdminAsync();
        var account = await KeyClients.AccountAsync(admin, Wire.ApiScope.ContentRead);
        var route = ApiKeyRequest.KeysOf(account.Id);

        var noExpiry = await (await admin.PostJsonAsync(route, new { name = "k" })).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var tooLong = await (await admin.PostJsonAsync(route, new { name = "k", expiresAt = DateTimeOffset.UtcNow.AddDays(366) }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var past = await (await admin.PostJsonAsync(route, new { name = "k", expiresAt = DateTimeOffset.UtcNow.AddMinutes(-1) }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var wider = await (await admin.PostJsonAsync(route, new { name = "k", scopes = new[] { "imports" }, expiresAt = DateTimeOffset.UtcNow.AddDays(1) }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var unknown = await admin.PostJsonAsync(route, new { name = "k", scopes = new[] { "everything" }, expiresAt = DateTimeOffset.UtcNow.AddDays(1) });
        var noAccount = await admin.PostJsonAsync(ApiKeyRequest.KeysOf(Guid.NewGuid()), new { name = "k", expiresAt = DateTimeOffset.UtcNow.AddDays(1) });

        Assert.Multiple(() =>
        {
            Assert.That(noExpiry.FieldErrors(), Does.Contain("expiresAt"));
            Assert.That(tooLong.FieldErrors(), Does.Contain("expiresAt"));
            Assert.That(past.FieldErrors(), Does.Contain("expiresAt"));
            Assert.That(wider.FieldErrors(), Does.Contain("scopes"));
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(noAccount.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task EveryKeyChangeAndEveryRefusedKeyIsInTheSecurityAuditLog()
    {
        var admin = await Api.AdminAsync();
        var account = await KeyClients.AccountAsync(admin, Wire.ApiScope.ContentRead);
        var issued = await KeyClients.IssueAsync(admin, account.Id);
        var rotated = await admin.PostAsAsync<Wire.IssuedApiKey>(RotateRoute(account.Id, issued.ApiKey.Id), new { }, HttpStatusCode.Created);
        await admin.PostAsAsync<Wire.ApiKeyView>(ApiKeyRequest.For(account.Id, rotated.ApiKey.Id) + "/revoke");
        await KeyClients.WithKey(rotated.Key).GetAsync(Api.Route(ListQuestionsRequest.Route));
        await KeyClients.WithKey("al_live_guess").GetAsync(Api.Route(ListQuestionsRequest.Route));

        var trail = await admin.GetAsAsync<Wire.AuditLogPage>(ListAuditLogRequest.Route + $"?userId={account.Id}");
        var rejected = await admin.GetAsAsync<Wire.AuditLogPage>(ListAuditLogRequest.Route + "?kind=api_key_rejected");

        Assert.Multiple(() =>
        {
            Assert.That(trail.Items.Select(e => e.Kind), Is.SupersetOf(new[]
            {
                Wire.AuditKind.ServiceAccountCreated, Wire.AuditKind.ApiKeyCreated, Wire.AuditKind.ApiKeyRotated, Wire.AuditKind.ApiKeyRevoked,
                Wire.AuditKind.ApiKeyRejected,
            }));
            Assert.That(rejected.Items.Select(e => e.Detail), Has.Some.Contains(rotated.ApiKey.Prefix + ": revoked"));
            Assert.That(rejected.Items, Has.Count.EqualTo(2), "the revoked key and the guess");
            Assert.That(trail.Items.Select(e => e.Detail), Has.None.Contains(issued.Key[(issued.ApiKey.Prefix.Length + 1)..]), "no secret in the log");
        });
    }

    [Test]
    public async Task EachKeyHasItsOwnRequestBudget()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["RateLimits:PerUserPerMinute"] = "3" });
        var admin = await Api.AdminAsync();
        var account = await KeyClients.AccountAsync(admin, Wire.ApiScope.ContentRead);
        var busy = KeyClients.WithKey((await KeyClients.IssueAsync(admin, account.Id, name: "busy")).Key, host: factory);
        var calm = KeyClients.WithKey((await KeyClients.IssueAsync(admin, account.Id, name: "calm")).Key, host: factory);

        for (var i = 0; i < 3; i++)
            (await busy.GetAsync(Api.Route(ListQuestionsRequest.Route))).EnsureSuccessStatusCode();
        var over = await busy.GetAsync(Api.Route(ListQuestionsRequest.Route));
        var other = await calm.GetAsync(Api.Route(ListQuestionsRequest.Route));

        await over.AssertProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task LearnersAndAuthorsAreForbiddenTheServiceAccountRoutes()
    {
        var learner = await Api.LearnerAsync("cal");
        var author = await SecurityClients.AuthorAsync("dee");
        var account = await KeyClients.AccountAsync(await Api.AdminAsync(), Wire.ApiScope.ContentRead);

        foreach (var client in new[] { learner, author })
        {
            foreach (var route in new[] { ServiceAccountRequest.Collection, ServiceAccountRequest.For(account.Id), ApiKeyRequest.KeysOf(account.Id) })
                await (await client.GetAsync(Api.Route(route))).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
            await (await client.PostJsonAsync(ApiKeyRequest.KeysOf(account.Id), new { name = "mine", expiresAt = DateTimeOffset.UtcNow.AddDays(1) }))
                .AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
            await (await client.PostJsonAsync(ServiceAccountRequest.Collection, new { name = "mine", scopes = new[] { "content_write" } }))
                .AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        }
    }

    private static string RotateRoute(Guid account, Guid key) => ApiKeyRequest.For(account, key) + "/rotate";

    private static string ApiKeyPrefix(Guid id) => "al_live_" + id.ToString("N");
}
