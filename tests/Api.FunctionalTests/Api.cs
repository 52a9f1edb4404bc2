using System.Net.Http.Headers;
using AdaptiveLearning.Client.Models;
using Microsoft.AspNetCore.Mvc.Testing;

using LoginRequest = AdaptiveLearning.Api.Features.Auth.Login.LoginRequest;
using RegisterRequest = AdaptiveLearning.Api.Features.Auth.Register.RegisterRequest;
using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests;

/// <summary>
/// Who calls the API: anonymous, a newly registered learner or the configured admin, on the fixture's host
/// or on a host of the test's own. Routes come from the endpoints' own constants, never literals.
/// </summary>
internal static class Api
{
    public const string Password = "a-long-enough-passphrase";

    public static string Route(string route) => "/" + DependencyInjection.RoutePrefix + route;

    public static HttpClient Anonymous(WebApplicationFactory<Program>? host = null)
    {
        var client = (host ?? Fixture.Api).CreateClient();
        client.Timeout = TimeSpan.FromMinutes(5); // a replay of thousands of reviews is one long request
        return client;
    }

    /// <summary>Registers <paramref name="name"/> (at example.test) and returns a client logged in as them.</summary>
    public static async Task<HttpClient> LearnerAsync(string name = "learner", WebApplicationFactory<Program>? host = null)
    {
        var register = await Anonymous(host).PostJsonAsync(RegisterRequest.Route,
            new Wire.RegisterRequest { Email = $"{name}@example.test", Username = name, Password = Password });
        Assert.That(register.IsSuccessStatusCode, Is.True, await register.Content.ReadAsStringAsync());
        return await LoggedInAsync(name, Password, host);
    }

    public static Task<HttpClient> AdminAsync(WebApplicationFactory<Program>? host = null) =>
        LoggedInAsync(TestEnvironment.AdminEmail, TestEnvironment.AdminPassword, host);

    public static async Task<TokenResponse> LoginAsync(string login, string password, WebApplicationFactory<Program>? host = null) =>
        await (await Anonymous(host).PostJsonAsync(LoginRequest.Route, new Wire.LoginRequest { Login = login, Password = password }))
            .ReadAsAsync<TokenResponse>();

    public static async Task<HttpClient> LoggedInAsync(string login, string password, WebApplicationFactory<Program>? host = null) =>
        WithToken(Anonymous(host), (await LoginAsync(login, password, host)).AccessToken);

    public static HttpClient WithToken(string accessToken) => WithToken(Anonymous(), accessToken);

    public static HttpClient WithToken(HttpClient client, string accessToken)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }
}
