using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Models;
using AdaptiveLearning.Client.Resources.Users;
using Microsoft.Extensions.DependencyInjection;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

public sealed class DependencyInjectionSdkTests : SdkTestBase
{
    [Test]
    public async Task AreaInterfacesResolvedFromTheContainerShareOneSignedInSession()
    {
        await NewLearnerAsync("kim");
        await using var services = new ServiceCollection()
            .AddAdaptiveLearningClient(o =>
            {
                o.BaseAddress = Fixture.Api.Server.BaseAddress;
                o.Login = "kim";
                o.Password = Password;
                o.PrimaryHandlerFactory = () => Fixture.Api.Server.CreateHandler();
            })
            .BuildServiceProvider();

        var me = await services.GetRequiredService<IUsersApi>().GetMeAsync();
        var client = services.GetRequiredService<AdaptiveLearningClient>();
        var export = await client.Users.ExportMeAsync();

        Assert.That(me.Username, Is.EqualTo("kim"));
        Assert.That(export.Profile.Id, Is.EqualTo(me.Id));
        Assert.That(client.Session.Tokens, Is.SameAs(services.GetRequiredService<AdaptiveLearningSession>().Tokens));
    }

    [Test]
    public void OptionsWithoutABaseAddressAreRefusedAtRegistration()
    {
        var error = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddAdaptiveLearningClient(o => o.Login = "kim"));

        Assert.That(error!.Message, Does.Contain("BaseAddress"));
    }

    [Test]
    public void TokensChangedLetsAnAppPersistTheSession()
    {
        var client = NewClient();
        TokenResponse? saved = null;
        client.Session.TokensChanged += (_, tokens) => saved = tokens;

        client.Session.Use(new TokenResponse { AccessToken = "a", RefreshToken = "r", ExpiresIn = 900, TokenType = "Bearer" });

        Assert.That(saved?.RefreshToken, Is.EqualTo("r"));
        Assert.That(client.Session.AccessTokenExpiresAt, Is.GreaterThan(DateTimeOffset.UtcNow.AddMinutes(14)));
    }
}
