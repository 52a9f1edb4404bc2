using AdaptiveLearning.Api.Features.Admin;
using AdaptiveLearning.Api.Features.Admin.ExportAuditLog;
using AdaptiveLearning.Api.Features.Admin.ListAuditLog;
using AdaptiveLearning.Api.Features.Admin.ListUsers;
using AdaptiveLearning.Api.Features.Auth.Refresh;
using AdaptiveLearning.Api.Features.Users.GetMe;
using AdaptiveLearning.Api.FunctionalTests.Security;
using CreateQuestionRequest = AdaptiveLearning.Api.Features.Questions.CreateQuestion.CreateQuestionRequest;
using LoginRequest = AdaptiveLearning.Api.Features.Auth.Login.LoginRequest;
using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Admin;

/// <summary>Issue #14's "an admin making an author and revoking them", last-admin protection and the audit trail.</summary>
public sealed class AdministrationTests : TestBase
{
    [Test]
    public async Task AnAdminMakesAnAuthorThenDeactivatesAndReactivatesThem()
    {
        var admin = await Api.AdminAsync();
        await Api.LearnerAsync("ann");
        var ann = await SecurityClients.UserIdAsync("ann");
        await SecurityClients.VerifyEmailAsync("ann");
        var learnerPost = await (await Api.LoggedInAsync("ann", Api.Password)).PostJsonAsync(CreateQuestionRequest.Route, new { });

        var promoted = await admin.PatchJsonAsync(AdminUserRequest.For(ann), new { role = "author" });
        var tokens = await Api.LoginAsync("ann", Api.Password);
        var author = Api.WithToken(tokens.AccessToken);
        var authorPost = await author.PostJsonAsync(CreateQuestionRequest.Route, new { });

        var deactivated = await admin.PatchJsonAsync(AdminUserRequest.For(ann), new { active = false });
        var afterDeactivation = await author.GetAsync(Api.Route(GetMeEndpoint.Route));
        var refresh = await Api.Anonymous().PostJsonAsync(RefreshRequest.Route, new { refreshToken = tokens.RefreshToken });
        var login = await Api.Anonymous().PostJsonAsync(LoginRequest.Route, new { login = "ann", password = Api.Password });

        var reactivated = await admin.PatchJsonAsync(AdminUserRequest.For(ann), new { active = true });
        var again = await Api.LoggedInAsync("ann", Api.Password);

        Assert.Multiple(() =>
        {
            Assert.That(learnerPost.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(promoted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(authorPost.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "an author reaches validation, no longer 403");
            Assert.That(deactivated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(reactivated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
        await afterDeactivation.AssertProblemAsync(HttpStatusCode.Unauthorized, "token_revoked");
        await refresh.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_refresh_token");
        await login.AssertProblemAsync(HttpStatusCode.Unauthorized, "account_deactivated");
        var me = await again.GetAsAsync<Wire.UserProfile>(GetMeEndpoint.Route);
        Assert.That(me.Role, Is.EqualTo(Wire.Role.Author));

        var audit = await admin.GetAsAsync<Wire.AuditLogPage>(ListAuditLogRequest.Route + $"?userId={ann}");
        Assert.That(audit.Items.Select(e => e.Kind), Is.SupersetOf(new[]
        {
            Wire.AuditKind.RoleChanged, Wire.AuditKind.ActivationChanged, Wire.AuditKind.LoginSucceeded, Wire.AuditKind.LoginFailed,
        }));
    }

    [Test]
    public async Task ADeactivationReachesAnInstanceThatHadJustAcceptedTheTokenWithinASecond()
    {
        await using var other = new ApiFactory();
        var admin = await Api.AdminAsync();
        await Api.LearnerAsync("cal");
        var cal = await SecurityClients.UserIdAsync("cal");
        var tokens = await Api.LoginAsync("cal", Api.Password);
        var elsewhere = Api.WithToken(Api.Anonymous(other), tokens.AccessToken);
        // The other instance now remembers the account as in good standing (for longer than the second allowed below).
        Assert.That((await elsewhere.GetAsync(Api.Route(GetMeEndpoint.Route))).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await admin.PatchJsonAsync(AdminUserRequest.For(cal), new { active = false });
        var here = await Api.WithToken(tokens.AccessToken).GetAsync(Api.Route(GetMeEndpoint.Route));
        var refusedElsewhere = false;
        for (var attempt = 0; attempt < 20 && !refusedElsewhere; attempt++)
        {
            refusedElsewhere = (await elsewhere.GetAsync(Api.Route(GetMeEndpoint.Route))).StatusCode == HttpStatusCode.Unauthorized;
            if (!refusedElsewhere)
                await Task.Delay(50);
        }

        await here.AssertProblemAsync(HttpStatusCode.Unauthorized, "token_revoked");
        Assert.That(refusedElsewhere, Is.True, "the other instance forgets the account's standing when told over Redis");
    }

    [Test]
    public async Task TheLastActiveAdminCannotBeDemotedOrDeactivatedEvenByTwoAdminsAtOnce()
    {
        var admin = await Api.AdminAsync();
        var adminId = await SecurityClients.UserIdAsync((await admin.GetAsAsync<Wire.UserProfile>(GetMeEndpoint.Route)).Username);

        await (await admin.PatchJsonAsync(AdminUserRequest.For(adminId), new { active = false })).AssertProblemAsync(HttpStatusCode.Conflict, "last_admin");
        await (await admin.PatchJsonAsync(AdminUserRequest.For(adminId), new { role = "learner" })).AssertProblemAsync(HttpStatusCode.Conflict, "last_admin");

        await Api.LearnerAsync("bea");
        var bea = await SecurityClients.UserIdAsync("bea");
        await SecurityClients.VerifyEmailAsync("bea");
        await admin.PatchJsonAsync(AdminUserRequest.For(bea), new { role = "admin" });
        var second = await Api.LoggedInAsync("bea", Api.Password);
        // Each demotes the other at the same moment: one may win, never both.
        var results = await Task.WhenAll(
            admin.PatchJsonAsync(AdminUserRequest.For(bea), new { role = "learner" }),
            second.PatchJsonAsync(AdminUserRequest.For(adminId), new { role = "learner" }));

        // Whichever demotion won, the admin left is the one who can still list admins.
        var survivor = results[0].StatusCode == HttpStatusCode.OK ? await Api.AdminAsync() : await Api.LoggedInAsync("bea", Api.Password);
        var admins = await survivor.GetAsAsync<Wire.ManagedUserPage>(ListUsersRequest.Route + "?role=admin&active=true");
        Assert.That(admins.Items, Has.Count.EqualTo(1), string.Join(", ", results.Select(r => (int)r.StatusCode)));
        Assert.That(results.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(1));
    }

    [Test]
    public async Task LearnersAndAuthorsAreForbiddenEveryAdminRoute()
    {
        var learner = await Api.LearnerAsync("cal");
        var author = await SecurityClients.AuthorAsync("dee");
        var routes = new[] { ListUsersRequest.Route, AdminUserRequest.For(Guid.NewGuid()), ListAuditLogRequest.Route, ExportAuditLogRequest.Route };

        foreach (var client in new[] { learner, author })
        foreach (var route in routes)
            await (await client.GetAsync(Api.Route(route))).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await learner.PatchJsonAsync(AdminUserRequest.For(Guid.NewGuid()), new { role = "admin" })).AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Test]
    public async Task UsersAreSearchedFilteredAndPaged()
    {
        foreach (var name in new[] { "zed1", "zed2", "zed3", "amy" })
            await Api.LearnerAsync(name);
        var admin = await Api.AdminAsync();

        var first = await admin.GetAsAsync<Wire.ManagedUserPage>(ListUsersRequest.Route + "?q=zed&limit=2");
        var second = await admin.GetAsAsync<Wire.ManagedUserPage>(ListUsersRequest.Route + $"?q=zed&limit=2&cursor={first.NextCursor}");
        var admins = await admin.GetAsAsync<Wire.ManagedUserPage>(ListUsersRequest.Route + "?role=admin");

        Assert.Multiple(() =>
        {
            Assert.That(first.Items.Concat(second.Items).Select(u => u.Username), Is.EqualTo(new[] { "zed1", "zed2", "zed3" }));
            Assert.That(second.NextCursor, Is.Null);
            Assert.That(admins.Items.Select(u => u.Role), Is.EqualTo(new[] { Wire.Role.Admin }));
        });
        await (await admin.GetAsync(Api.Route(ListUsersRequest.Route + "?role=owner"))).AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Test]
    public async Task AFailedLoginIsAuditedAndTheAuditExportsAsCsvWithoutAnUpdateOrDeleteRoute()
    {
        await Api.LearnerAsync("eve");
        await Api.Anonymous().PostJsonAsync(LoginRequest.Route, new { login = "eve", password = "wrong-password-here" });
        var admin = await Api.AdminAsync();

        var failed = await admin.GetAsAsync<Wire.AuditLogPage>(ListAuditLogRequest.Route + "?kind=login_failed");
        var csv = await admin.GetStringAsync(Api.Route(ExportAuditLogRequest.Route + "?kind=login_failed"));
        var delete = await admin.DeleteAsync(Api.Route(ListAuditLogRequest.Route));
        var patch = await admin.PatchJsonAsync(ListAuditLogRequest.Route, new { });

        Assert.Multiple(() =>
        {
            Assert.That(failed.Items, Has.Count.EqualTo(1));
            Assert.That(failed.Items[0].Detail, Is.EqualTo("wrong password"));
            Assert.That(csv.Split('\n')[0], Is.EqualTo(ExportAuditLogEndpoint.Header));
            Assert.That(csv, Does.Contain(",login_failed,"));
            Assert.That((int)delete.StatusCode, Is.EqualTo(405));
            Assert.That((int)patch.StatusCode, Is.EqualTo(405));
        });
    }
}
