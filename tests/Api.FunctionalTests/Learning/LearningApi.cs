using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Client.Models;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

using UpdateMeRequest = AdaptiveLearning.Api.Features.Users.UpdateMe.UpdateMeRequest;
using Wire = AdaptiveLearning.Client.Models;

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

    /// <summary>A learner on the clocked host, living in <paramref name="timeZone"/> with their day starting at 04:00 unless <paramref name="settings"/> say otherwise.</summary>
    public static async Task<HttpClient> LearnerAsync(string name, string timeZone = "UTC", LearningSettingsPatch? settings = null)
    {
        var client = await Api.LearnerAsync(name, Factory);
        await client.PatchAsAsync<UserProfile>(UpdateMeRequest.Route,
            new Wire.UpdateMeRequest { TimeZone = timeZone, Settings = settings ?? new LearningSettingsPatch { DayStartHour = 4 } });
        return client;
    }

    public static Task<HttpClient> AdminAsync() => Api.AdminAsync(Factory);
}
