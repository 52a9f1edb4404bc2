using AdaptiveLearning.Api.Features.Admin.ListUsers;
using AdaptiveLearning.Api.Features.Auth.Refresh;
using AdaptiveLearning.Api.Features.Users.ConfirmTotp;
using AdaptiveLearning.Api.Features.Users.DisableTotp;
using AdaptiveLearning.Api.Features.Users.EnrollTotp;
using AdaptiveLearning.Api.Features.Users.GetMe;
using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Auth;

/// <summary>Turning two-step sign-in on and off, and the admin requirement (ADR 0012).</summary>
public sealed class TotpManagementTests : TestBase
{
    [Test]
    public async Task EnrolmentNeedsThePasswordAndConfirmationARightCode()
    {
        var learner = await Api.LearnerAsync("abe");

        var wrongPassword = await learner.PostJsonAsync(EnrollTotpRequest.Route, new { password = "not-my-password" });
        var nothingToConfirm = await learner.PostJsonAsync(ConfirmTotpRequest.Route, new { code = "123456" });
        var enrollment = await learner.PostAsAsync<Wire.TotpEnrollment>(EnrollTotpRequest.Route, new { password = Api.Password });
        var authenticator = new Authenticator(enrollment.Secret);
        var code = await authenticator.NextCodeAsync();
        var wrongCode = await learner.PostJsonAsync(ConfirmTotpRequest.Route, new { code = code == "000000" ? "000001" : "000000" });
        var stillOff = await Mfa.LoginAsync(Api.Anonymous(), "abe");
        var confirmed = await learner.PostJsonAsync(ConfirmTotpRequest.Route, new { code });
        var enrolAgain = await learner.PostJsonAsync(EnrollTotpRequest.Route, new { password = Api.Password });

        Assert.That((await wrongPassword.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors!.Keys, Does.Contain("password"));
        await nothingToConfirm.AssertProblemAsync(HttpStatusCode.Conflict, "conflict");
        Assert.That((await wrongCode.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors!.Keys, Does.Contain("code"));
        Assert.That(stillOff.StatusCode, Is.EqualTo(HttpStatusCode.OK), "an unconfirmed enrolment changes nothing about login");
        Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await confirmed.Content.ReadAsStringAsync());
        await enrolAgain.AssertProblemAsync(HttpStatusCode.Conflict, "conflict");
    }

    [Test]
    public async Task DisablingNeedsThePasswordAndACodeAndSignsOutOtherSessions()
    {
        var enrolled = await Mfa.EnrolAsync(await Api.LearnerAsync("bea"));
        var (phone, phoneTokens) = await Mfa.SignInAsync("bea", enrolled.Authenticator);
        var (laptop, _) = await Mfa.SignInAsync("bea", enrolled.Authenticator);

        var wrongPassword = await laptop.PostJsonAsync(DisableTotpRequest.Route, new { password = "not-my-password", code = "123456" });
        var wrongCode = await laptop.PostJsonAsync(DisableTotpRequest.Route, new { password = Api.Password, recoveryCode = "aaaa-bbbb-cccc-dddd" });
        var noCode = await laptop.PostJsonAsync(DisableTotpRequest.Route, new { password = Api.Password });
        var tokens = await laptop.PostAsAsync<Wire.TokenResponse>(DisableTotpRequest.Route, new { password = Api.Password, code = await enrolled.Authenticator.NextCodeAsync() });

        var phoneAfter = await phone.GetAsync(Api.Route(GetMeEndpoint.Route));
        var phoneRefresh = await Api.Anonymous().PostJsonAsync(RefreshRequest.Route, new { refreshToken = phoneTokens.RefreshToken });
        var laptopOldToken = await laptop.GetAsync(Api.Route(GetMeEndpoint.Route));
        var laptopNew = await Api.WithToken(tokens.AccessToken).GetAsAsync<Wire.UserProfile>(GetMeEndpoint.Route);
        var login = await Mfa.LoginAsync(Api.Anonymous(), "bea");

        Assert.That((await wrongPassword.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors!.Keys, Does.Contain("password"));
        Assert.That((await wrongCode.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed")).Errors!.Keys, Does.Contain("recoveryCode"));
        await noCode.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await phoneAfter.AssertProblemAsync(HttpStatusCode.Unauthorized, "token_revoked");
        await phoneRefresh.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_refresh_token");
        await laptopOldToken.AssertProblemAsync(HttpStatusCode.Unauthorized, "token_revoked");
        Assert.That(laptopNew.MfaEnabled, Is.False, "the caller keeps a session with the tokens it got back");
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK), "login asks for the password alone again");
    }

    [Test]
    public async Task ALostAuthenticatorIsTurnedOffWithARecoveryCode()
    {
        var learner = await Api.LearnerAsync("cal");
        var enrolled = await Mfa.EnrolAsync(learner);

        var disabled = await learner.PostJsonAsync(DisableTotpRequest.Route, new { password = Api.Password, recoveryCode = enrolled.RecoveryCodes[0] });

        Assert.That(disabled.StatusCode, Is.EqualTo(HttpStatusCode.OK), await disabled.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task WhenRequiredAnAdminWithoutTheSecondFactorIsRefusedAdminRoutesUntilEnrolled()
    {
        await using var host = new ApiFactory(new Dictionary<string, string?> { ["Auth:Mfa:RequiredForAdmins"] = "true" });
        var admin = await Api.AdminAsync(host);

        var refused = await admin.GetAsync(Api.Route(ListUsersRequest.Route));
        var ownProfile = await admin.GetAsync(Api.Route(GetMeEndpoint.Route));
        var enrolled = await Mfa.EnrolAsync(admin, TestEnvironment.AdminPassword);
        var (signedIn, _) = await Mfa.SignInAsync(TestEnvironment.AdminEmail, enrolled.Authenticator, host, TestEnvironment.AdminPassword);
        var allowed = await signedIn.GetAsync(Api.Route(ListUsersRequest.Route));
        var learnerRoute = await (await Api.LearnerAsync("dot", host)).GetAsync(Api.Route(GetMeEndpoint.Route));

        var problem = await refused.AssertProblemAsync(HttpStatusCode.Forbidden, "mfa_enrolment_required");
        Assert.Multiple(() =>
        {
            Assert.That(problem.Detail, Does.Contain("mfa/totp"));
            Assert.That(ownProfile.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the admin can still reach enrolment");
            Assert.That(allowed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(learnerRoute.StatusCode, Is.EqualTo(HttpStatusCode.OK), "learners are not asked for a second factor");
        });
    }
}
