using System.Net.Http.Headers;
using AdaptiveLearning.Api.Features.Auth;
using AdaptiveLearning.Api.Features.Auth.Login;
using AdaptiveLearning.Api.Features.Auth.Register;

namespace AdaptiveLearning.Api.FunctionalTests;

/// <summary>HTTP helpers for tests: routes come from the endpoints' own constants, never literals.</summary>
internal static class Api
{
    public static string Route(string route) => "/" + DependencyInjection.RoutePrefix + route;

    public static HttpClient Anonymous(ApiFactory? factory = null) => (factory ?? Fixture.Api).CreateClient();

    public static async Task<HttpClient> LearnerAsync(string name = "learner")
    {
        var email = $"{name}@example.test";
        var register = await Anonymous().PostAsJsonAsync(Route(RegisterRequest.Route),
            new { email, username = name, password = "a-long-enough-passphrase" });
        register.EnsureSuccessStatusCode();
        return await LoggedInAsync(name, "a-long-enough-passphrase");
    }

    public static Task<HttpClient> AdminAsync() => LoggedInAsync(TestEnvironment.AdminEmail, TestEnvironment.AdminPassword);

    public static async Task<TokenResponse> LoginAsync(string login, string password)
    {
        var response = await Anonymous().PostAsJsonAsync(Route(LoginRequest.Route), new { login, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!;
    }

    public static async Task<HttpClient> LoggedInAsync(string login, string password) =>
        WithToken((await LoginAsync(login, password)).AccessToken);

    public static HttpClient WithToken(string accessToken) => WithToken(Anonymous(), accessToken);

    public static HttpClient WithToken(HttpClient client, string accessToken)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }
}
