using AdaptiveLearning.Api.Features.Admin.ListAuditLog;
using AdaptiveLearning.Api.Features.Users.GetMe;
using AdaptiveLearning.Api.FunctionalTests.Security;
using Wire = AdaptiveLearning.Client.Models;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Api.FunctionalTests.Auth;

/// <summary>Issue #14 item 2: TOTP enrolment and two-step login end to end, with codes from a real authenticator algorithm.</summary>
public sealed class TotpSignInTests : TestBase
{
    [Test]
    public async Task EnrollingAndConfirmingMakesLoginAskForACodeThatThenIssuesTokens()
    {
        var learner = await Api.LearnerAsync("tia");

        var enrolled = await Mfa.EnrolAsync(learner);
        var me = await learner.GetAsAsync<Wire.UserProfile>(GetMeEndpoint.Route);
        var challenge = await Mfa.ChallengeAsync("tia");
        var tokens = await (await Mfa.FinishAsync(challenge, await enrolled.Authenticator.NextCodeAsync())).ReadAsAsync<Wire.TokenResponse>();
        var signedIn = await Api.WithToken(tokens.AccessToken).GetAsAsync<Wire.UserProfile>(GetMeEndpoint.Route);

        Assert.Multiple(() =>
        {
            Assert.That(enrolled.Enrollment.OtpauthUri, Does.StartWith("otpauth://totp/").And.Contain("secret=" + enrolled.Enrollment.Secret));
            Assert.That(enrolled.RecoveryCodes, Has.Count.EqualTo(10).And.Unique);
            Assert.That(me.MfaEnabled, Is.True);
            Assert.That(signedIn.Username, Is.EqualTo("tia"));
        });
    }

    [Test]
    public async Task SecretsAndRecoveryCodesAreNotStoredInTheClear()
    {
        var enrolled = await Mfa.EnrolAsync(await Api.LearnerAsync("uma"));
        var id = await SecurityClients.UserIdAsync("uma");

        await using var connection = new MySqlConnection(TestEnvironment.ConnectionString);
        var stored = await connection.QuerySingleAsync<string>("SELECT secret_protected FROM user_totp WHERE user_id = @id", new { id = id.ToString() });
        var hashes = (await connection.QueryAsync<string>("SELECT code_hash FROM mfa_recovery_codes WHERE user_id = @id", new { id = id.ToString() })).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(stored, Does.Not.Contain(enrolled.Enrollment.Secret));
            Assert.That(hashes, Has.Count.EqualTo(10));
            Assert.That(hashes, Has.None.AnyOf(enrolled.RecoveryCodes.ToArray()));
        });
    }

    [Test]
    public async Task ACodeAlreadyUsedInItsTimeStepIsRefused()
    {
        var enrolled = await Mfa.EnrolAsync(await Api.LearnerAsync("val"));
        var confirmationCode = enrolled.Authenticator.LastCode;

        var replayed = await Mfa.FinishAsync(await Mfa.ChallengeAsync("val"), confirmationCode);
        var fresh = await Mfa.FinishAsync(await Mfa.ChallengeAsync("val"), await enrolled.Authenticator.NextCodeAsync());
        var replayedAgain = await Mfa.FinishAsync(await Mfa.ChallengeAsync("val"), enrolled.Authenticator.LastCode);

        await replayed.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_mfa_code");
        Assert.That(fresh.StatusCode, Is.EqualTo(HttpStatusCode.OK), await fresh.Content.ReadAsStringAsync());
        await replayedAgain.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_mfa_code");
    }

    [Test]
    public async Task ARecoveryCodeSignsInOnceInFormsAUserMightTypeIt()
    {
        var enrolled = await Mfa.EnrolAsync(await Api.LearnerAsync("wes"));
        var code = enrolled.RecoveryCodes[3];

        var first = await Mfa.FinishAsync(await Mfa.ChallengeAsync("wes"), recoveryCode: " " + code.ToUpperInvariant().Replace("-", "") + " ");
        var second = await Mfa.FinishAsync(await Mfa.ChallengeAsync("wes"), recoveryCode: code);
        var another = await Mfa.FinishAsync(await Mfa.ChallengeAsync("wes"), recoveryCode: enrolled.RecoveryCodes[4]);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), await first.Content.ReadAsStringAsync());
        await second.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_mfa_code");
        Assert.That(another.StatusCode, Is.EqualTo(HttpStatusCode.OK), await another.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task AChallengeIsSingleUseAndUnknownChallengesAreRefused()
    {
        var enrolled = await Mfa.EnrolAsync(await Api.LearnerAsync("xia"));
        var challenge = await Mfa.ChallengeAsync("xia");

        var used = await Mfa.FinishAsync(challenge, await enrolled.Authenticator.NextCodeAsync());
        var reused = await Mfa.FinishAsync(challenge, await enrolled.Authenticator.NextCodeAsync());
        var made_up = await Mfa.FinishAsync("not-a-challenge", "123456");
        var both = await Mfa.FinishAsync(challenge, "123456", enrolled.RecoveryCodes[0]);

        Assert.That(used.StatusCode, Is.EqualTo(HttpStatusCode.OK), await used.Content.ReadAsStringAsync());
        await reused.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_mfa_challenge");
        await made_up.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_mfa_challenge");
        await both.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Test]
    public async Task WrongCodesSpendTheChallengeThrottleTheClientAndAreAudited()
    {
        var enrolled = await Mfa.EnrolAsync(await Api.LearnerAsync("yan"));
        var id = await SecurityClients.UserIdAsync("yan");
        var thief = TestClientAddress.From("203.0.113.91");
        var challenge = await Mfa.ChallengeAsync("yan", thief);

        var wrong = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
            wrong.Add(await Mfa.FinishAsync(challenge, (100000 + i).ToString(), client: thief));
        var rightButSpent = await Mfa.FinishAsync(challenge, await enrolled.Authenticator.NextCodeAsync(), client: thief);
        var thiefLogsInAgain = await Mfa.LoginAsync(thief, "yan");
        var owner = await Mfa.SignInAsync("yan", enrolled.Authenticator);
        var audit = await (await Api.AdminAsync()).GetAsAsync<Wire.AuditLogPage>(ListAuditLogRequest.Route + $"?userId={id}&kind=mfa_failed");

        foreach (var response in wrong)
            await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_mfa_code");
        await rightButSpent.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_mfa_challenge");
        await thiefLogsInAgain.AssertProblemAsync(HttpStatusCode.TooManyRequests, "login_throttled");
        Assert.That(owner.Tokens.AccessToken, Is.Not.Empty, "the owner on another client still signs in");
        Assert.That(audit.Items.Where(e => e.Client == "203.0.113.91").ToList(), Has.Count.EqualTo(5));
    }
}
