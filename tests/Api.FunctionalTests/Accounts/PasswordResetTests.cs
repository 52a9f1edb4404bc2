using AdaptiveLearning.Api.Features.Admin.ListAuditLog;
using AdaptiveLearning.Api.Features.Auth.ConfirmPasswordReset;
using AdaptiveLearning.Api.Features.Auth.Login;
using AdaptiveLearning.Api.Features.Auth.Refresh;
using AdaptiveLearning.Api.Features.Auth.RequestPasswordReset;
using AdaptiveLearning.Api.Features.Users.GetMe;

using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Accounts;

/// <summary>Issue #14: a forgotten password is reset through a link mailed to the owner, read here from the real SMTP server.</summary>
public sealed class PasswordResetTests : TestBase
{
    private const string NewPassword = "a-brand-new-passphrase";
    private const string ResetSubject = "Reset your password";

    [SetUp]
    public Task ClearMailAsync() => Mailbox.ClearAsync();

    private static Task<HttpResponseMessage> RequestAsync(string email, HttpClient? client = null) =>
        (client ?? Api.Anonymous()).PostJsonAsync(RequestPasswordResetRequest.Route, new { email });

    private static Task<HttpResponseMessage> ConfirmAsync(string token, string newPassword = NewPassword, HttpClient? client = null) =>
        (client ?? Api.Anonymous()).PostJsonAsync(ConfirmPasswordResetRequest.Route, new { token, newPassword });

    private static Task<HttpResponseMessage> LoginAsync(string password, HttpClient? client = null) =>
        (client ?? Api.Anonymous()).PostJsonAsync(LoginRequest.Route, new { login = "ada", password });

    [Test]
    public async Task TheMailedLinkSetsANewPasswordAndSignsOutEverywhere()
    {
        var ada = await Api.LearnerAsync("ada");
        var earlier = await Api.LoginAsync("ada", Api.Password);

        var requested = await RequestAsync("ada@example.test");
        var token = await Mailbox.TokenAsync("ada@example.test", ResetSubject);
        var confirmed = await ConfirmAsync(token);

        Assert.Multiple(async () =>
        {
            Assert.That(requested.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await confirmed.Content.ReadAsStringAsync());
            await (await LoginAsync(Api.Password)).AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
            Assert.That((await LoginAsync(NewPassword)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            await (await Api.Anonymous().PostJsonAsync(RefreshRequest.Route, new { refreshToken = earlier.RefreshToken }))
                .AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_refresh_token");
            await (await ada.GetAsync(Api.Route(GetMeEndpoint.Route))).AssertProblemAsync(HttpStatusCode.Unauthorized, "token_revoked");
        });
        await Mailbox.WaitForAsync("ada@example.test", "Your password was changed");
    }

    [Test]
    public async Task AResetLinkWorksOnce()
    {
        await Api.LearnerAsync("ada");
        await RequestAsync("ada@example.test");
        var token = await Mailbox.TokenAsync("ada@example.test", ResetSubject);

        await ConfirmAsync(token);
        var again = await ConfirmAsync(token, "yet-another-passphrase");

        await again.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_account_token");
        Assert.That((await LoginAsync(NewPassword)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task AnExpiredLinkIsRefused()
    {
        await using var host = new ApiFactory(new Dictionary<string, string?> { ["Accounts:PasswordResetMinutes"] = "0.02" });
        await Api.LearnerAsync("ada", host);
        await Api.Anonymous(host).PostJsonAsync(RequestPasswordResetRequest.Route, new { email = "ada@example.test" });
        var token = await Mailbox.TokenAsync("ada@example.test", ResetSubject);
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        var late = await ConfirmAsync(token, client: Api.Anonymous(host));

        await late.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_account_token");
        Assert.That((await LoginAsync(Api.Password, Api.Anonymous(host))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task AnAddressWithoutAnAccountGetsTheSameAnswerAndNoMail()
    {
        await Api.LearnerAsync("ada");

        var unknown = await RequestAsync("nobody@example.test");
        var known = await RequestAsync("ada@example.test");
        await Mailbox.WaitForAsync("ada@example.test", ResetSubject);

        Assert.That(unknown.StatusCode, Is.EqualTo(known.StatusCode));
        Assert.That(await unknown.Content.ReadAsStringAsync(), Is.EqualTo(await known.Content.ReadAsStringAsync()));
        Assert.That(await Mailbox.ListAsync("nobody@example.test", ""), Is.Empty);
    }

    [Test]
    public async Task OneAddressGetsOnlyAFewResetMailsAnHour()
    {
        await Api.LearnerAsync("ada");

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            answers.Add((await RequestAsync("ada@example.test")).StatusCode);
        await Mailbox.WaitForAsync("ada@example.test", ResetSubject, count: 3);
        await Task.Delay(1000); // a fourth mail would have had time to arrive

        Assert.That(answers, Is.All.EqualTo(HttpStatusCode.Accepted));
        Assert.That(await Mailbox.ListAsync("ada@example.test", ResetSubject), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task TheOwnerResetsWhileAStrangerHammersTheLogin()
    {
        await Api.LearnerAsync("ada");
        var stranger = TestClientAddress.From("203.0.113.66");
        var owner = TestClientAddress.From("198.51.100.7");
        for (var i = 0; i < 10; i++)
            await LoginAsync("wrong-password-" + i, stranger);

        await RequestAsync("ada@example.test", owner);
        var confirmed = await ConfirmAsync(await Mailbox.TokenAsync("ada@example.test", ResetSubject), client: owner);

        Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await LoginAsync(NewPassword, owner)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await (await LoginAsync(NewPassword, stranger)).AssertProblemAsync(HttpStatusCode.TooManyRequests, "login_throttled");
    }

    [Test]
    public async Task ResetsAreInTheSecurityAuditLog()
    {
        await Api.LearnerAsync("ada");
        await RequestAsync("ada@example.test");
        await ConfirmAsync(await Mailbox.TokenAsync("ada@example.test", ResetSubject));

        var page = await (await Api.AdminAsync()).GetAsAsync<Wire.AuditLogPage>(ListAuditLogRequest.Route + "?limit=100");

        Assert.That(page.Items.Select(e => e.Kind),
            Does.Contain(Wire.AuditKind.PasswordResetRequested).And.Contain(Wire.AuditKind.PasswordReset).And.Contain(Wire.AuditKind.EmailVerificationSent));
    }
}
