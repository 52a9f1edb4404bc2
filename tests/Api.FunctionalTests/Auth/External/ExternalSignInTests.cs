using AdaptiveLearning.Api.Features.Admin.ListAuditLog;
using AdaptiveLearning.Api.Features.Users.GetMe;
using AdaptiveLearning.Api.Features.Users.ListExternalLogins;
using AdaptiveLearning.Api.Features.Users.RemoveExternalLogin;
using Wire = AdaptiveLearning.Client.Models;
using static AdaptiveLearning.Api.FunctionalTests.Auth.External.ExternalSignInFlow;

namespace AdaptiveLearning.Api.FunctionalTests.Auth.External;

/// <summary>Issue #14's "OIDC login against the test provider": a real OpenIddict server, every redirect followed by hand.</summary>
public sealed class ExternalSignInTests : TestBase
{
    private ExternalSignInEnvironment _environment = null!;

    [OneTimeSetUp]
    public async Task StartProviderAsync() => _environment = await ExternalSignInEnvironment.StartAsync();

    [OneTimeTearDown]
    public async Task StopProviderAsync() => await _environment.DisposeAsync();

    private ExternalSignInFlow Flow() => new(_environment);

    [Test]
    public async Task NewPersonSignsInThroughTheProviderAsALearnerAndAgainIntoTheSameAccount()
    {
        var hint = _environment.Oidc.Add(new TestOidcUser("sub-grace", "grace@example.test", EmailVerified: true, "Grace Hopper"));
        var flow = Flow();

        var returned = await flow.SignInAsync(hint);
        var tokens = await (await flow.ExchangeAsync(Query(returned, "code")!)).ReadAsAsync<Wire.TokenResponse>();
        var me = await flow.Authorized(tokens.AccessToken).GetAsAsync<Wire.UserProfile>(GetMeEndpoint.Route);
        var again = await Flow().TokensAsync(hint);
        var meAgain = await flow.Authorized(again.AccessToken).GetAsAsync<Wire.UserProfile>(GetMeEndpoint.Route);
        var logins = await flow.Authorized(again.AccessToken).GetAsAsync<List<Wire.ExternalLoginView>>(ListExternalLoginsEndpoint.Route);

        Assert.Multiple(() =>
        {
            Assert.That(returned.GetLeftPart(UriPartial.Path), Is.EqualTo(ExternalSignInEnvironment.ReturnUrl));
            Assert.That(tokens.TokenType, Is.EqualTo("Bearer"));
            Assert.That(tokens.RefreshToken, Is.Not.Empty);
            Assert.That(me.Email, Is.EqualTo("grace@example.test"));
            Assert.That(me.DisplayName, Is.EqualTo("Grace Hopper"));
            Assert.That(me.Role, Is.EqualTo(Wire.Role.Learner));
            Assert.That(me.EmailVerified, Is.True, "the provider verified the address");
            Assert.That(meAgain.Id, Is.EqualTo(me.Id), "found by (issuer, subject) the second time");
            Assert.That(logins.Select(l => l.Provider), Is.EqualTo(new[] { ExternalSignInEnvironment.Provider }));
            Assert.That(logins[0].Email, Is.EqualTo("grace@example.test"));
        });
        var audit = await (await Api.AdminAsync()).GetAsAsync<Wire.AuditLogPage>(ListAuditLogRequest.Route + $"?userId={me.Id}");
        Assert.That(audit.Items.Select(e => e.Kind),
            Is.SupersetOf(new[] { Wire.AuditKind.ExternalLoginLinked, Wire.AuditKind.ExternalLoginSucceeded }));
    }

    [Test]
    public async Task AppOnACustomSchemeGetsItsCodeThere()
    {
        var hint = _environment.Oidc.Add(new TestOidcUser("sub-app", "app-user@example.test", EmailVerified: true));
        var flow = Flow();

        var back = await flow.CallbackAsync(await flow.AtProviderAsync(hint, returnUrl: "com.example.app:/oauth-done"));

        Assert.That(back.Headers.Location!.GetLeftPart(UriPartial.Path), Is.EqualTo("com.example.app:/oauth-done"));
        Assert.That(Query(back.Headers.Location, "code"), Is.Not.Null);
    }

    [Test]
    public async Task UsersGoBackToTheAllowListsOwnSpellingOfTheReturnUrl()
    {
        var hint = _environment.Oidc.Add(new TestOidcUser("sub-spelling", "spelling@example.test", EmailVerified: true));
        var flow = Flow();

        var back = await flow.CallbackAsync(await flow.AtProviderAsync(hint, returnUrl: "HTTPS://APP.EXAMPLE.TEST:443/signed-in"));

        Assert.That(back.Headers.Location!.OriginalString, Does.StartWith(ExternalSignInEnvironment.ReturnUrl + "?code="));
    }

    [Test]
    public async Task ReturnUrlNotOnTheAllowListOrAnUnknownProviderIsRefusedBeforeTheProvider()
    {
        var flow = Flow();

        await (await flow.StartAsync(returnUrl: "https://evil.example.test/steal")).AssertProblemAsync(HttpStatusCode.BadRequest, "return_url_not_allowed");
        await (await flow.StartAsync(returnUrl: ExternalSignInEnvironment.ReturnUrl + "/../other")).AssertProblemAsync(HttpStatusCode.BadRequest, "return_url_not_allowed");
        await (await flow.StartAsync(provider: "nobody")).AssertProblemAsync(HttpStatusCode.NotFound, "external_provider_unknown");
    }

    [Test]
    public async Task TamperedOrReplayedStateIsRefused()
    {
        var hint = _environment.Oidc.Add(new TestOidcUser("sub-state", "state@example.test", EmailVerified: true));
        var callback = await Flow().AtProviderAsync(hint);
        var state = Query(callback, "state")!;

        var tampered = await Flow().CallbackAsync(WithQuery(callback, "state", state[..^2] + (state[^1] == 'A' ? "BB" : "AA")));
        var genuine = await Flow().CallbackAsync(callback);
        var replayed = await Flow().CallbackAsync(callback);
        var missing = await Flow().CallbackAsync(WithQuery(callback, "state", ""));

        await tampered.AssertProblemAsync(HttpStatusCode.BadRequest, "external_state_invalid");
        Assert.That(genuine.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the real state still works once");
        await replayed.AssertProblemAsync(HttpStatusCode.BadRequest, "external_state_invalid");
        await missing.AssertProblemAsync(HttpStatusCode.BadRequest, "external_state_invalid");
    }

    [Test]
    public async Task OneTimeCodeWorksOnceAndOnlyWithTheAppsVerifier()
    {
        var hint = _environment.Oidc.Add(new TestOidcUser("sub-code", "code@example.test", EmailVerified: true));
        var flow = Flow();
        var first = Query(await flow.SignInAsync(hint), "code")!;
        var second = Query(await flow.SignInAsync(hint), "code")!;

        var exchanged = await flow.ExchangeAsync(first);
        var replayed = await flow.ExchangeAsync(first);
        var wrongVerifier = await flow.ExchangeAsync(second, verifier: new string('x', 43));
        var rightVerifierAfterWrong = await flow.ExchangeAsync(second);

        Assert.That(exchanged.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await replayed.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_external_code");
        await wrongVerifier.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_external_code");
        await rightVerifierAfterWrong.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_external_code");
    }

    [Test]
    public async Task IdTokenForAnotherNonceOrFromAnotherIssuerSignsNobodyIn()
    {
        var hint = _environment.Oidc.Add(new TestOidcUser("sub-forged", "forged@example.test", EmailVerified: true));

        // The provider puts whatever nonce the authorization request carries into the id_token.
        var otherNonce = await Flow().SignInAsync(hint, tamper: authorize => WithQuery(authorize, "nonce", "someone-elses-nonce"));
        var otherIssuer = await Flow().SignInAsync(hint, provider: ExternalSignInEnvironment.Impostor);

        Assert.Multiple(() =>
        {
            Assert.That(Query(otherNonce, "error"), Is.EqualTo("external_sign_in_failed"));
            Assert.That(Query(otherNonce, "code"), Is.Null);
            Assert.That(Query(otherIssuer, "error"), Is.EqualTo("external_sign_in_failed"));
            Assert.That(Query(otherIssuer, "code"), Is.Null);
        });
        var users = await (await Api.AdminAsync()).GetAsAsync<Wire.ManagedUserPage>(Features.Admin.ListUsers.ListUsersRequest.Route + "?q=forged");
        Assert.That(users.Items, Is.Empty, "no account was created");
    }

    [Test]
    public async Task UnverifiedEmailNeverLinksToAnExistingAccountButAVerifiedOneDoes()
    {
        var ada = await Api.LearnerAsync("ada");
        var adaId = (await ada.GetAsAsync<Wire.UserProfile>(GetMeEndpoint.Route)).Id;
        var unverified = _environment.Oidc.Add(new TestOidcUser("sub-mallory", "ada@example.test", EmailVerified: false));
        var verified = _environment.Oidc.Add(new TestOidcUser("sub-ada", "ADA@example.test", EmailVerified: true));

        var refused = await Flow().SignInAsync(unverified);
        var linksAfterRefusal = await ada.GetAsAsync<List<Wire.ExternalLoginView>>(ListExternalLoginsEndpoint.Route);
        var tokens = await Flow().TokensAsync(verified);
        var signedInAs = await Flow().Authorized(tokens.AccessToken).GetAsAsync<Wire.UserProfile>(GetMeEndpoint.Route);
        var links = await ada.GetAsAsync<List<Wire.ExternalLoginView>>(ListExternalLoginsEndpoint.Route);
        var stillRefused = await Flow().SignInAsync(unverified);

        Assert.Multiple(() =>
        {
            Assert.That(Query(refused, "error"), Is.EqualTo("external_email_unverified"));
            Assert.That(Query(refused, "code"), Is.Null);
            Assert.That(linksAfterRefusal, Is.Empty);
            Assert.That(signedInAs.Id, Is.EqualTo(adaId), "linked to the account that owns the verified email");
            Assert.That(signedInAs.EmailVerified, Is.True, "the provider's verification counts for the account");
            Assert.That(links, Has.Count.EqualTo(1));
            Assert.That(Query(stillRefused, "error"), Is.EqualTo("external_email_unverified"), "another subject with the unverified email");
        });
        Assert.That((await Api.LoginAsync("ada", Api.Password)).AccessToken, Is.Not.Empty, "the password still works");
    }

    [Test]
    public async Task LastWayToSignInCannotBeUnlinkedAndNobodyElsesLinkCanBe()
    {
        var hint = _environment.Oidc.Add(new TestOidcUser("sub-only", "only@example.test", EmailVerified: true));
        var externalOnly = Flow().Authorized((await Flow().TokensAsync(hint)).AccessToken);
        var onlyLink = (await externalOnly.GetAsAsync<List<Wire.ExternalLoginView>>(ListExternalLoginsEndpoint.Route)).Single();
        var ada = await Api.LearnerAsync("ada");
        await Flow().TokensAsync(_environment.Oidc.Add(new TestOidcUser("sub-ada2", "ada@example.test", EmailVerified: true)));
        var adaLink = (await ada.GetAsAsync<List<Wire.ExternalLoginView>>(ListExternalLoginsEndpoint.Route)).Single();

        var last = await externalOnly.DeleteAsync(Api.Route(RemoveExternalLoginRequest.For(onlyLink.Id)));
        var someoneElses = await externalOnly.DeleteAsync(Api.Route(RemoveExternalLoginRequest.For(adaLink.Id)));
        var withPassword = await ada.DeleteAsync(Api.Route(RemoveExternalLoginRequest.For(adaLink.Id)));

        await last.AssertProblemAsync(HttpStatusCode.Conflict, "last_sign_in_method");
        await someoneElses.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.That(withPassword.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(await ada.GetAsAsync<List<Wire.ExternalLoginView>>(ListExternalLoginsEndpoint.Route), Is.Empty);
        await (await Api.Anonymous().PostJsonAsync(Features.Auth.Login.LoginRequest.Route,
            new Wire.LoginRequest { Login = "only@example.test", Password = "anything-at-all-long" }))
            .AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
    }
}
