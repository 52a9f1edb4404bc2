using System.Net.Http.Headers;
using System.Text.Json;
using AdaptiveLearning.Api.Features.Auth;
using AdaptiveLearning.Api.Features.Auth.Login;
using AdaptiveLearning.Api.Features.Auth.Register;
using AdaptiveLearning.Api.Features.Users.UpdateMe;
using AdaptiveLearning.Application.Common;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AdaptiveLearning.Api.FunctionalTests.Learning;

/// <summary>
/// The API with a settable clock. Tokens are issued at the test clock's time, so this host
/// skips token lifetime checks; the auth tests cover lifetimes against the real clock.
/// </summary>
internal static class LearningApi
{
    public static readonly TestClock Clock = new();

    private static readonly Lazy<WebApplicationFactory<Program>> LazyFactory = new(() => Fixture.Api.WithWebHostBuilder(builder =>
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IClock>(Clock);
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme,
                o => o.TokenValidationParameters.ValidateLifetime = false);
        })));

    public static WebApplicationFactory<Program> Factory => LazyFactory.Value;

    public static async Task<HttpClient> LearnerAsync(string name, string timeZone = "UTC", object? settings = null)
    {
        var anonymous = Factory.CreateClient();
        var email = $"{name}@example.test";
        (await anonymous.PostAsJsonAsync(Api.Route(RegisterRequest.Route),
            new { email, username = name, password = "a-long-enough-passphrase" })).EnsureSuccessStatusCode();
        var login = await anonymous.PostAsJsonAsync(Api.Route(LoginRequest.Route), new { login = name, password = "a-long-enough-passphrase" });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;

        var client = Factory.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(5);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await client.PatchAsJsonAsync(Api.Route(UpdateMeRequest.Route),
            new { timeZone, settings = settings ?? new { dayStartHour = 4 } })).EnsureSuccessStatusCode();
        return client;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string route) =>
        await (await client.GetAsync(Api.Route(route))).JsonAsync();

    public static async Task<JsonElement> PostJsonAsync(this HttpClient client, string route, object body,
        HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await client.PostAsJsonAsync(Api.Route(route), body)).JsonAsync(expected);
}
