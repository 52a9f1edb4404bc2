using AdaptiveLearning.Api.FunctionalTests.Auth.External;
using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

/// <summary>An app finishing an external sign-in with the SDK: exchange the code, then manage its links.</summary>
public sealed class ExternalSignInSdkTests : SdkTestBase
{
    private ExternalSignInEnvironment _environment = null!;

    [OneTimeSetUp]
    public async Task StartProviderAsync() => _environment = await ExternalSignInEnvironment.StartAsync();

    [OneTimeTearDown]
    public async Task StopProviderAsync() => await _environment.DisposeAsync();

    private AdaptiveLearningClient ClientOfTheProvidersHost() => NewClient(configure: o =>
    {
        o.BaseAddress = _environment.Api.Server.BaseAddress;
        o.PrimaryHandlerFactory = () => _environment.Api.Server.CreateHandler();
    });

    [Test]
    public async Task ExchangeTheCodeThenListLinksAndKeepTheLastOne()
    {
        var hint = _environment.Oidc.Add(new TestOidcUser("sdk-sub", "sdk-user@example.test", EmailVerified: true));
        var flow = new ExternalSignInFlow(_environment);
        var code = ExternalSignInFlow.Query(await flow.SignInAsync(hint), "code")!;
        var client = ClientOfTheProvidersHost();

        var tokens = await client.Auth.ExchangeExternalCodeAsync(new ExchangeExternalCodeRequest { Code = code, CodeVerifier = flow.Verifier });
        client.Session.Use(tokens);
        var me = await client.Users.GetMeAsync();
        var links = await client.Users.ListExternalLoginsAsync();
        var replay = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() =>
            client.Auth.ExchangeExternalCodeAsync(new ExchangeExternalCodeRequest { Code = code, CodeVerifier = flow.Verifier }));
        var unlink = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => client.Users.RemoveExternalLoginAsync(links.Single().Id));

        Assert.Multiple(() =>
        {
            Assert.That(me.Email, Is.EqualTo("sdk-user@example.test"));
            Assert.That(links.Single().Provider, Is.EqualTo(ExternalSignInEnvironment.Provider));
            Assert.That(replay!.Code, Is.EqualTo(ErrorCodes.InvalidExternalCode));
            Assert.That(replay.Status, Is.EqualTo(System.Net.HttpStatusCode.Unauthorized));
            Assert.That(unlink!.Code, Is.EqualTo(ErrorCodes.LastSignInMethod));
        });
    }

    [Test]
    public async Task StartAnswersWithTheProvidersAddress()
    {
        var client = ClientOfTheProvidersHost();
        var flow = new ExternalSignInFlow(_environment);

        using var response = await client.Auth.StartExternalSignInAsync(ExternalSignInEnvironment.Provider, ExternalSignInEnvironment.ReturnUrl, flow.Challenge);

        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.AbsoluteUri, Does.StartWith(_environment.Oidc.Issuer.AbsoluteUri));
    }
}
