using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Resources.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

/// <summary>One container, several clients bound from configuration, each with its own identity; and no log noise per call.</summary>
public sealed class NamedClientsSdkTests : SdkTestBase
{
    [Test]
    public async Task NamedClientsBoundFromConfigurationKeepTheirOwnIdentities()
    {
        await NewLearnerAsync("nia");
        await NewLearnerAsync("ned");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Learning:Nia:BaseAddress"] = Fixture.Api.Server.BaseAddress.ToString(),
            ["Learning:Nia:Login"] = "nia",
            ["Learning:Nia:Password"] = Password,
            ["Learning:Nia:NetworkTimeout"] = "00:00:20",
            ["Learning:Ned:BaseAddress"] = Fixture.Api.Server.BaseAddress.ToString(),
            ["Learning:Ned:Login"] = "ned",
            ["Learning:Ned:Password"] = Password,
        }).Build();
        await using var services = new ServiceCollection()
            .AddAdaptiveLearningClient("nia", configuration.GetSection("Learning:Nia"), InProcess)
            .AddAdaptiveLearningClient("ned", configuration.GetSection("Learning:Ned"), InProcess)
            .BuildServiceProvider();

        var nia = await services.GetRequiredKeyedService<AdaptiveLearningClient>("nia").Users.GetMeAsync();
        var ned = await services.GetRequiredKeyedService<IUsersApi>("ned").GetMeAsync();

        Assert.That((nia.Username, ned.Username), Is.EqualTo(("nia", "ned")));
    }

    [Test]
    public void AConfigurationSectionWithoutABaseAddressIsRefusedAtRegistration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Learning:Login"] = "nia",
            ["Learning:Password"] = Password,
        }).Build();

        var error = Assert.Throws<ArgumentException>(() =>
            new ServiceCollection().AddAdaptiveLearningClient("nia", configuration.GetSection("Learning")));

        Assert.That(error!.Message, Does.Contain("BaseAddress"));
    }

    [Test]
    public async Task ACallWritesNoInformationLogs()
    {
        await NewLearnerAsync("lou");
        var logs = new CapturingLoggerProvider();
        await using var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace))
            .AddAdaptiveLearningClient(o =>
            {
                o.BaseAddress = Fixture.Api.Server.BaseAddress;
                o.Login = "lou";
                o.Password = Password;
                InProcess(o);
            })
            .BuildServiceProvider();

        await services.GetRequiredService<IUsersApi>().GetMeAsync();

        Assert.That(logs.Entries.Where(e => e.Level >= LogLevel.Information), Is.Empty);
    }

    private static void InProcess(AdaptiveLearningClientOptions options) =>
        options.PrimaryHandlerFactory = () => Fixture.Api.Server.CreateHandler();
}
