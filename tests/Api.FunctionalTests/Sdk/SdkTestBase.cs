using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

/// <summary>
/// SDK clients wired to the in-process API of the fixture. A new area's flow is one file:
/// a subclass with its tests, using <see cref="NewLearnerAsync"/> or <see cref="NewClient"/>.
/// </summary>
public abstract class SdkTestBase : TestBase
{
    protected const string Password = "a-long-enough-passphrase";
    private readonly List<AdaptiveLearningClient> _clients = [];

    [TearDown]
    public void DisposeClients()
    {
        foreach (var client in _clients)
            client.Dispose();
        _clients.Clear();
    }

    /// <summary>A client of its own (no DI), optionally with credentials for automatic login.</summary>
    protected AdaptiveLearningClient NewClient(string? login = null, string? password = null, TimeProvider? clock = null,
        Func<HttpMessageHandler, HttpMessageHandler>? wrap = null, Action<AdaptiveLearningClientOptions>? configure = null)
    {
        var options = new AdaptiveLearningClientOptions
        {
            BaseAddress = Fixture.Api.Server.BaseAddress,
            Login = login,
            Password = password,
            TimeProvider = clock ?? TimeProvider.System,
            RetryBaseDelay = TimeSpan.FromMilliseconds(20),
            PrimaryHandlerFactory = () => (wrap ?? (h => h))(Fixture.Api.Server.CreateHandler()),
        };
        configure?.Invoke(options);
        var client = new AdaptiveLearningClient(options);
        _clients.Add(client);
        return client;
    }

    /// <summary>A client whose every request <paramref name="stub"/> answers, holding a token so no login is attempted.</summary>
    protected AdaptiveLearningClient StubbedClient(StubHandler stub, Action<AdaptiveLearningClientOptions>? configure = null)
    {
        var client = NewClient(wrap: _ => stub, configure: configure);
        client.Session.Use(new TokenResponse { AccessToken = "stub", RefreshToken = "stub", ExpiresIn = 900, TokenType = "Bearer" });
        return client;
    }

    /// <summary>A client that logs in as the configured admin, who may also do everything an author does.</summary>
    protected AdaptiveLearningClient NewAdmin() => NewClient(TestEnvironment.AdminEmail, TestEnvironment.AdminPassword);

    /// <summary>Registers a learner through the SDK and returns a client that logs in as them by itself.</summary>
    protected async Task<AdaptiveLearningClient> NewLearnerAsync(string username = "learner")
    {
        await NewClient().Auth.RegisterAsync(new RegisterRequest
        {
            Email = $"{username}@example.test",
            Username = username,
            Password = Password,
        });
        return NewClient(username, Password);
    }
}
