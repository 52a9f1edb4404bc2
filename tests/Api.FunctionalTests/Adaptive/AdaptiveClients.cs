using System.Net.Http.Headers;
using System.Text.Json;
using AdaptiveLearning.Api.Features.Auth;
using AdaptiveLearning.Api.Features.Auth.Login;
using AdaptiveLearning.Api.Features.Auth.Register;
using AdaptiveLearning.Api.Features.Users.UpdateMe;
using AdaptiveLearning.Api.Features.Models;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AdaptiveLearning.Api.FunctionalTests.Adaptive;

internal static class AdaptiveClients
{
    public static async Task<HttpClient> AdminAsync(WebApplicationFactory<Program>? factory = null)
    {
        factory ??= LearningApi.Factory;
        var login = await factory.CreateClient().PostAsJsonAsync(Api.Route(LoginRequest.Route),
            new { login = TestEnvironment.AdminEmail, password = TestEnvironment.AdminPassword });
        var token = (await login.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
        var client = factory.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(5);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A new learner signed in on a private host (one with its own model directory, say).</summary>
    /// <param name="settings">Learning settings to set first (e.g. a daily new-card limit), or null to keep the defaults.</param>
    public static async Task<HttpClient> LearnerAsync(WebApplicationFactory<Program> factory, string name, object? settings = null)
    {
        var anonymous = factory.CreateClient();
        (await anonymous.PostAsJsonAsync(Api.Route(RegisterRequest.Route),
            new { email = $"{name}@example.test", username = name, password = "a-long-enough-passphrase" })).EnsureSuccessStatusCode();
        var login = await anonymous.PostAsJsonAsync(Api.Route(LoginRequest.Route), new { login = name, password = "a-long-enough-passphrase" });
        var token = (await login.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (settings is not null)
            (await client.PatchAsJsonAsync(Api.Route(UpdateMeRequest.Route), new { timeZone = "UTC", settings })).EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>Starts a training job and polls it until it finishes; returns the finished job.</summary>
    public static async Task<JsonElement> TrainAsync(this HttpClient admin)
    {
        var started = await admin.PostAsync(Api.Route(ModelRoutes.TrainCorrectness), null);
        var job = await started.JsonAsync(HttpStatusCode.Accepted);
        var location = started.Headers.Location!.ToString();
        for (var poll = 0; poll < 600; poll++)
        {
            var status = job.GetProperty("status").GetString();
            if (status is "succeeded" or "failed")
                return job;
            await Task.Delay(100);
            job = await (await admin.GetAsync(location)).JsonAsync();
        }

        Assert.Fail("The training job did not finish within a minute.");
        return job;
    }
}
