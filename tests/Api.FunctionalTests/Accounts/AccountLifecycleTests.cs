using System.Net.Http.Headers;
using AdaptiveLearning.Api.Features.Admin;
using AdaptiveLearning.Api.Features.Auth.Login;
using AdaptiveLearning.Api.Features.Progress.GetProgress;
using AdaptiveLearning.Api.Features.Auth.Refresh;
using AdaptiveLearning.Api.Features.Auth.VerifyEmail;
using AdaptiveLearning.Api.Features.Users.ChangeEmail;
using AdaptiveLearning.Api.Features.Users.ChangePassword;
using AdaptiveLearning.Api.Features.Users.GetMe;
using AdaptiveLearning.Api.Features.Users.ListSessions;
using AdaptiveLearning.Api.Features.Users.ResendVerification;
using AdaptiveLearning.Api.Features.Users.RevokeSession;
using AdaptiveLearning.Api.FunctionalTests.Security;

using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Accounts;

/// <summary>Issue #14: verification, email change, password change and the device list, with the mails read from smtp4dev.</summary>
public sealed class AccountLifecycleTests : TestBase
{
    private const string VerifySubject = "Confirm your email address";
    private const string NewPassword = "a-brand-new-passphrase";

    [SetUp]
    public Task ClearMailAsync() => Mailbox.ClearAsync();

    private static Task<HttpResponseMessage> VerifyAsync(string token) =>
        Api.Anonymous().PostJsonAsync(VerifyEmailRequest.Route, new { token });

    [Test]
    public async Task RegistrationMailsAVerificationLinkAndStaffRolesWaitForIt()
    {
        await Api.LearnerAsync("ada");
        var admin = await Api.AdminAsync();
        var id = await SecurityClients.UserIdAsync("ada");

        var before = await admin.PatchJsonAsync(AdminUserRequest.For(id), new { role = "author" });
        var verified = await VerifyAsync(await Mailbox.TokenAsync("ada@example.test", VerifySubject));
        var after = await admin.PatchJsonAsync(AdminUserRequest.For(id), new { role = "author" });

        await before.AssertProblemAsync((HttpStatusCode)422, "email_unverified");
        Assert.That((await verified.ReadAsAsync<Wire.VerifiedEmailResponse>()).Email, Is.EqualTo("ada@example.test"));
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK), await after.Content.ReadAsStringAsync());
        Assert.That((await (await Api.LoggedInAsync("ada", Api.Password)).GetAsAsync<Wire.UserProfile>(GetMeEndpoint.Route)).EmailVerified, Is.True);
    }

    [Test]
    public async Task AVerificationLinkWorksOnceAndResendingStopsOnceVerified()
    {
        var ada = await Api.LearnerAsync("ada");
        await Mailbox.WaitForAsync("ada@example.test", VerifySubject);

        var resent = await ada.PostJsonAsync(ResendVerificationEndpoint.Route);
        var token = await Mailbox.TokenAsync("ada@example.test", VerifySubject, count: 2);
        var first = await VerifyAsync(token);
        var second = await VerifyAsync(token);
        var afterwards = await ada.PostJsonAsync(ResendVerificationEndpoint.Route);

        Assert.That(resent.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await second.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_account_token");
        await afterwards.AssertProblemAsync(HttpStatusCode.Conflict, "email_already_verified");
    }

    [Test]
    public async Task ResendingIsLimitedToAFewMailsAnHour()
    {
        var ada = await Api.LearnerAsync("ada");

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
            answers.Add((await ada.PostJsonAsync(ResendVerificationEndpoint.Route)).StatusCode);

        Assert.That(answers, Is.EqualTo(new[] { HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests }));
    }

    [Test]
    public async Task AnEmailChangeHappensOnlyWhenTheNewAddressIsConfirmed()
    {
        var ada = await Api.LearnerAsync("ada");

        var wrongPassword = await ada.PostJsonAsync(ChangeEmailRequest.Route, new { newEmail = "ada@new.test", currentPassword = "not-my-password" });
        var asked = await ada.PostJsonAsync(ChangeEmailRequest.Route, new { newEmail = "ada@new.test", currentPassword = Api.Password });
        var notice = await Mailbox.WaitForAsync("ada@example.test", "Your email address is being changed");
        var meBefore = await ada.GetAsAsync<Wire.UserProfile>(GetMeEndpoint.Route);
        var confirmed = await VerifyAsync(await Mailbox.TokenAsync("ada@new.test", VerifySubject));
        var meAfter = await ada.GetAsAsync<Wire.UserProfile>(GetMeEndpoint.Route);

        await wrongPassword.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(notice, Does.Contain("ada@new.test"));
        Assert.That(meBefore.Email, Is.EqualTo("ada@example.test"));
        Assert.That((await confirmed.ReadAsAsync<Wire.VerifiedEmailResponse>()).Email, Is.EqualTo("ada@new.test"));
        Assert.That(meAfter.Email, Is.EqualTo("ada@new.test"));
        Assert.That(meAfter.EmailVerified, Is.True);
        Assert.That((await Api.Anonymous().PostJsonAsync(LoginRequest.Route, new { login = "ada@new.test", password = Api.Password })).StatusCode,
            Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ChangingThePasswordSignsOutOtherDevicesButKeepsThisOne()
    {
        await Api.LearnerAsync("ada");
        var laptop = await Api.LoginAsync("ada", Api.Password);
        var phone = await Api.LoginAsync("ada", Api.Password);

        var wrong = await Api.WithToken(laptop.AccessToken).PostJsonAsync(ChangePasswordRequest.Route,
            new { currentPassword = "not-my-password", newPassword = NewPassword });
        var weak = await Api.WithToken(laptop.AccessToken).PostJsonAsync(ChangePasswordRequest.Route,
            new { currentPassword = Api.Password, newPassword = "aaaaaaaaaaaa" });
        var changed = await (await Api.WithToken(laptop.AccessToken).PostJsonAsync(ChangePasswordRequest.Route,
            new { currentPassword = Api.Password, newPassword = NewPassword })).ReadAsAsync<Wire.TokenResponse>();

        await wrong.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await weak.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.That((await Api.WithToken(changed.AccessToken).GetAsync(Api.Route(GetMeEndpoint.Route))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await (await Api.WithToken(phone.AccessToken).GetAsync(Api.Route(GetMeEndpoint.Route))).AssertProblemAsync(HttpStatusCode.Unauthorized, "token_revoked");
        await (await Api.Anonymous().PostJsonAsync(RefreshRequest.Route, new { refreshToken = phone.RefreshToken }))
            .AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_refresh_token");
        Assert.That((await Api.Anonymous().PostJsonAsync(RefreshRequest.Route, new { refreshToken = changed.RefreshToken })).StatusCode,
            Is.EqualTo(HttpStatusCode.OK), "this device stays signed in");
        var sessions = await Api.WithToken(changed.AccessToken).GetAsAsync<Wire.SignedInSessionList>(ListSessionsEndpoint.Route);
        Assert.That(sessions.Items, Has.Count.EqualTo(1), "only this device is left");
        await Mailbox.WaitForAsync("ada@example.test", "Your password was changed");
    }

    [Test]
    public async Task MyDevicesAreListedAndOneCanBeSignedOut()
    {
        await Api.LearnerAsync("ada");
        var laptop = await LoginWithAgentAsync("ada", "Laptop/1.0");
        var phone = await LoginWithAgentAsync("ada", "Phone/2.0");

        var listed = await Api.WithToken(laptop.AccessToken).GetAsAsync<Wire.SignedInSessionList>(ListSessionsEndpoint.Route);
        var phoneSession = listed.Items.Single(s => s.UserAgent == "Phone/2.0");
        var revoked = await Api.WithToken(laptop.AccessToken).DeleteAsync(Api.Route(RevokeSessionRequest.For(phoneSession.Id)));
        var afterwards = await Api.WithToken(laptop.AccessToken).GetAsAsync<Wire.SignedInSessionList>(ListSessionsEndpoint.Route);

        Assert.That(listed.Items, Has.Count.EqualTo(3), "the registration helper's login, the laptop and the phone");
        Assert.That(listed.Items.Single(s => s.Current).UserAgent, Is.EqualTo("Laptop/1.0"));
        Assert.That(phoneSession.Current, Is.False);
        Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await (await Api.Anonymous().PostJsonAsync(RefreshRequest.Route, new { refreshToken = phone.RefreshToken }))
            .AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_refresh_token");
        Assert.That(afterwards.Items.Select(s => s.Id), Does.Not.Contain(phoneSession.Id));
    }

    [Test]
    public async Task AnotherUsersSessionIsNotFound()
    {
        await Api.LearnerAsync("ada");
        var bob = await Api.LearnerAsync("bob");
        var ada = await Api.LoginAsync("ada", Api.Password);
        var adaSession = (await Api.WithToken(ada.AccessToken).GetAsAsync<Wire.SignedInSessionList>(ListSessionsEndpoint.Route)).Items.First();

        var theirs = await bob.DeleteAsync(Api.Route(RevokeSessionRequest.For(adaSession.Id)));
        var nobodys = await bob.DeleteAsync(Api.Route(RevokeSessionRequest.For(Guid.NewGuid())));

        await theirs.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        await nobodys.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.That((await Api.Anonymous().PostJsonAsync(RefreshRequest.Route, new { refreshToken = ada.RefreshToken })).StatusCode,
            Is.EqualTo(HttpStatusCode.OK), "ada is still signed in");
    }

    [Test]
    public async Task WhenRequiredAnUnverifiedLearnerCanOnlyUseTheirAccountUntilVerified()
    {
        await using var host = new ApiFactory(new Dictionary<string, string?> { ["Accounts:RequireVerifiedEmail"] = "true" });
        await Api.LearnerAsync("ada", host);
        var tokens = await Api.LoginAsync("ada", Api.Password, host);
        var client = Api.WithToken(Api.Anonymous(host), tokens.AccessToken);

        var blocked = await client.GetAsync(Api.Route(GetProgressRequest.Route));
        var own = await client.GetAsync(Api.Route(GetMeEndpoint.Route));
        await Api.Anonymous(host).PostJsonAsync(VerifyEmailRequest.Route, new { token = await Mailbox.TokenAsync("ada@example.test", VerifySubject) });
        var refreshed = await Api.Anonymous(host).PostAsAsync<Wire.TokenResponse>(RefreshRequest.Route, new { refreshToken = tokens.RefreshToken });
        var allowed = await Api.WithToken(Api.Anonymous(host), refreshed.AccessToken).GetAsync(Api.Route(GetProgressRequest.Route));

        await blocked.AssertProblemAsync((HttpStatusCode)422, "email_unverified");
        Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(allowed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await allowed.Content.ReadAsStringAsync());
    }

    private static async Task<Wire.TokenResponse> LoginWithAgentAsync(string login, string agent)
    {
        var client = Api.Anonymous();
        client.DefaultRequestHeaders.UserAgent.Add(ProductInfoHeaderValue.Parse(agent));
        return await client.PostAsAsync<Wire.TokenResponse>(LoginRequest.Route, new { login, password = Api.Password });
    }
}
