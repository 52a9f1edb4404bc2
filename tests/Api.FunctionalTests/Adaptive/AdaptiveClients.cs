using System.Net.Http.Headers;
using System.Text.Json;
using AdaptiveLearning.Api.Features.Auth;
using AdaptiveLearning.Api.Features.Auth.Login;
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
