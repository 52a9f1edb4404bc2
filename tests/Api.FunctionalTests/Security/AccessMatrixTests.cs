using System.Globalization;

using Wire = AdaptiveLearning.Client.Models;
using System.Text.Json;
using System.Text;
using AdaptiveLearning.Api.Features.Auth.Register;
using AdaptiveLearning.Api.Features.Exports.StartExport;
using AdaptiveLearning.Api.Features.Goals.CreateGoal;
using AdaptiveLearning.Api.Features.Imports.StartImport;
using AdaptiveLearning.Api.Features.Questions.GetQuestion;
using AdaptiveLearning.Api.Features.Users.GetMe;
using AdaptiveLearning.Api.Features.Users.ListSessions;
using AdaptiveLearning.Api.Features.Users.UpdateMe;
using AdaptiveLearning.Api.FunctionalTests.Learning;

namespace AdaptiveLearning.Api.FunctionalTests.Security;

/// <summary>
/// Broken object- and function-level authorisation over every id-bearing and staff operation of the
/// OpenAPI document, and mass assignment: what issue #14's probe checks, on every build.
/// </summary>
public sealed class AccessMatrixTests : TestBase
{
    // Signed-in devices first: "/users/me/sessions/{id}" also contains "/sessions/{id}".
    private static readonly string[] OwnedResources = ["/users/me/sessions/{id}", "/sessions/{id}", "/cards/{id}", "/imports/{id}", "/exports/{id}", "/goals/{id}", "/groups/{id}"];

    [Test]
    public async Task NobodyReachesAnotherUsersSessionsCardsImportsOrDevices()
    {
        var question = await ContentSeed.QuestionAsync("a__b__c__d", ContentSeed.Mcq("Q", "a"));
        var owner = await SecurityClients.AuthorAsync("owner");
        var intruder = await SecurityClients.AuthorAsync("intruder");
        var session = await owner.StartAsync(Wire.SessionMode.Practice);
        var card = (await owner.AnswerAsync(session, question, selected: ["a"], answeredAt: DateTimeOffset.UtcNow)).Card!.Id;
        var import = await owner.PostAsJsonAsync(Api.Route(StartImportRequest.Route),
            new { files = new[] { new { name = "x__y__z__w.json", content = "[]" } }, dryRun = true });
        var importId = import.Headers.Location!.ToString().Split('/')[^1];
        var export = await owner.PostAsJsonAsync(Api.Route(StartExportRequest.Route), new { });
        var exportId = export.Headers.Location!.ToString().Split('/')[^1];
        var device = (await owner.GetAsAsync<Wire.SignedInSessionList>(ListSessionsEndpoint.Route)).Items.First().Id;
        var goal = await owner.PostAsAsync<Wire.GoalView>(CreateGoalRequest.Route,
            new { name = "Exam", scope = new[] { "a" }, targetDate = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, HttpStatusCode.Created);
        var group = await owner.PostAsAsync<Wire.GroupView>(Features.Groups.CreateGroup.CreateGroupRequest.Route, new { name = "Owners only" },
            HttpStatusCode.Created);
        var ids = new Dictionary<string, string>
        {
            ["/users/me/sessions/{id}"] = device.ToString(),
            ["/sessions/{id}"] = session.ToString(), ["/cards/{id}"] = card.ToString(), ["/imports/{id}"] = importId,
            ["/exports/{id}"] = exportId, ["/goals/{id}"] = goal.Id.ToString(), ["/groups/{id}"] = group.Id.ToString(),
        };
        var bodies = new Dictionary<string, object>
        {
            ["/sessions/{id}/answers"] = new { clientAttemptId = "intruder-1", questionId = question, selected = new[] { "a" } },
            ["/cards/{id}/due"] = new { due = DateTimeOffset.UtcNow.AddDays(3) },
            ["/groups/{id}/membership"] = new { sharesProgress = true },
            ["/groups/{id}/challenges"] = new { name = "Mine", metric = "points", startsAt = DateTimeOffset.UtcNow, endsAt = DateTimeOffset.UtcNow.AddDays(1) },
        };

        var reached = new List<string>();
        var operations = OpenApiOperation.All.Where(o => OwnedResources.Any(r => o.Path.Contains(r))).ToList();
        foreach (var operation in operations)
        {
            var resource = OwnedResources.First(r => operation.Path.Contains(r));
            var relative = operation.Path[operation.Path.IndexOf(resource, StringComparison.Ordinal)..];
            using var request = new HttpRequestMessage(new HttpMethod(operation.Method), operation.PathWith(name => name == "questionId" ? question.ToString(CultureInfo.InvariantCulture) : ids[resource]))
            {
                Content = JsonContent.Create(bodies.GetValueOrDefault(relative) ?? new { }),
            };
            var response = await intruder.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.NotFound)
                reached.Add($"{operation} → {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        Assert.That(operations, Has.Count.GreaterThanOrEqualTo(10), "the matrix covers the owned-resource routes of the document");
        Assert.That(reached, Is.Empty, string.Join("\n", reached));
        Assert.That((await owner.GetAsync(Api.Route(SessionRequestFor(session)))).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the owner still can");
        Assert.That((await owner.GetAsync(Api.Route(Features.Goals.GoalRequest.For(goal.Id)))).StatusCode, Is.EqualTo(HttpStatusCode.OK),
            "the owner's goal survived the intruder's DELETE");
        Assert.That((await owner.GetAsAsync<Wire.SignedInSessionList>(ListSessionsEndpoint.Route)).Items.Select(d => d.Id), Does.Contain(device),
            "the owner's device is still signed in");
    }

    [Test]
    public async Task LearnersAreForbiddenEveryStaffOperation()
    {
        var learner = await Api.LearnerAsync();
        // A group's 403s are about owning that group, not a staff role (GroupTests cover them; non-members get 404 above).
        var staffOperations = OpenApiOperation.All.Where(o => o.Statuses.Contains(403) && !o.Path.Contains("/groups/", StringComparison.Ordinal)).ToList();

        var allowed = new List<string>();
        foreach (var operation in staffOperations)
        {
            using var request = new HttpRequestMessage(new HttpMethod(operation.Method), operation.PathWith(_ => "1"))
            {
                Content = operation.Method == "GET" ? null : new StringContent("{}", Encoding.UTF8, "application/json"),
            };
            var response = await learner.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Forbidden)
                allowed.Add($"{operation} → {(int)response.StatusCode}");
        }

        Assert.That(staffOperations, Has.Count.GreaterThanOrEqualTo(10));
        Assert.That(allowed, Is.Empty, string.Join("\n", allowed));
    }

    [Test]
    public async Task ALearnerCannotReadDraftsOrArchivedQuestionsById()
    {
        var draft = await ContentSeed.QuestionAsync("a__b__c__d", ContentSeed.Mcq("Draft", "a"), status: "draft");
        var archived = await ContentSeed.QuestionAsync("a__b__c__d", ContentSeed.Mcq("Old", "a"), status: "archived");
        var learner = await Api.LearnerAsync();

        foreach (var id in new[] { draft, archived })
            await (await learner.GetAsync(Api.Route(GetQuestionRequest.For(id)))).AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.That((await (await Api.AdminAsync()).GetAsync(Api.Route(GetQuestionRequest.For(draft)))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ALearnerCannotGrantThemselvesARoleOrAnotherIdentity()
    {
        var register = await Api.Anonymous().PostAsJsonAsync(Api.Route(RegisterRequest.Route),
            new { email = "mallory@example.test", username = "mallory", password = "a-long-enough-passphrase", role = "admin" });
        var learner = await Api.LoggedInAsync("mallory", "a-long-enough-passphrase");
        var patch = await learner.PatchAsJsonAsync(Api.Route(UpdateMeRequest.Route),
            new { role = "admin", id = Guid.NewGuid(), email = "admin@example.test", username = "admin", displayName = "Mallory" });
        var me = await learner.GetAsAsync<Wire.UserProfile>(GetMeEndpoint.Route);
        var relogged = await (await Api.LoggedInAsync("mallory", "a-long-enough-passphrase")).GetAsAsync<Wire.UserProfile>(GetMeEndpoint.Route);

        Assert.Multiple(() =>
        {
            Assert.That(register.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That((int)patch.StatusCode, Is.LessThan(500));
            Assert.That(me.Role, Is.EqualTo(Wire.Role.Learner));
            Assert.That(me.Email, Is.EqualTo("mallory@example.test"));
            Assert.That(me.Username, Is.EqualTo("mallory"));
            Assert.That(relogged.Role, Is.EqualTo(Wire.Role.Learner));
        });
    }

    private static string SessionRequestFor(Guid session) => Features.Sessions.SessionRequest.For(session);
}
