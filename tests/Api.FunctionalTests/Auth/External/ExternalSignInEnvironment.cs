using Microsoft.AspNetCore.Mvc.Testing;

namespace AdaptiveLearning.Api.FunctionalTests.Auth.External;

/// <summary>The test provider, and an API host configured to trust it (twice: once under a wrong authority).</summary>
internal sealed class ExternalSignInEnvironment : IAsyncDisposable
{
    public const string Provider = "test";
    /// <summary>The same provider configured with another authority than the issuer its tokens name.</summary>
    public const string Impostor = "impostor";
    public const string ReturnUrl = "https://app.example.test/signed-in";

    private ExternalSignInEnvironment(TestOidcProvider oidc, ApiFactory api)
    {
        Oidc = oidc;
        Api = api;
    }

    public TestOidcProvider Oidc { get; }
    public ApiFactory Api { get; }

    /// <summary>Start before any other host: WebApplicationFactory intercepts the next host built in the process.</summary>
    public static async Task<ExternalSignInEnvironment> StartAsync()
    {
        var oidc = await TestOidcProvider.StartAsync(uri => uri.StartsWith("http://localhost/api/v1/auth/external/", StringComparison.Ordinal));
        var settings = new Dictionary<string, string?>
        {
            ["Auth:ExternalSignIn:ReturnUrls:0"] = ReturnUrl,
            ["Auth:ExternalSignIn:ReturnUrls:1"] = "com.example.app:/oauth-done",
        };
        Configure(settings, Provider, oidc.Issuer.ToString());
        Configure(settings, Impostor, oidc.Issuer.ToString().Replace("127.0.0.1", "localhost", StringComparison.Ordinal));
        var api = new ApiFactory(settings);
        api.CreateClient().Dispose();
        return new ExternalSignInEnvironment(oidc, api);
    }

    /// <summary>A client of the API that, like a browser handing a redirect to the next hop, lets the test follow each one.</summary>
    public HttpClient ApiClient() => Api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static void Configure(Dictionary<string, string?> settings, string name, string authority)
    {
        settings[$"Auth:External:{name}:Authority"] = authority;
        settings[$"Auth:External:{name}:ClientId"] = TestOidcProvider.ClientId;
        settings[$"Auth:External:{name}:ClientSecret"] = TestOidcProvider.ClientSecret;
        settings[$"Auth:External:{name}:RequireHttpsMetadata"] = "false";
    }

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        await Oidc.DisposeAsync();
    }
}
