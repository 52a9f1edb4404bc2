using AdaptiveLearning.Application.Models;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AdaptiveLearning.Api.FunctionalTests;

public sealed class ApiFactory(IReadOnlyDictionary<string, string?>? overrides = null) : WebApplicationFactory<Program>
{
    /// <summary>Webhooks:DisableAfterFailures in tests: low, so switching off is seen in seconds.</summary>
    public const int WebhookFailuresBeforeDisable = 4;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Learning"] = TestEnvironment.ConnectionString,
            ["ConnectionStrings:Redis"] = TestEnvironment.Redis,
            ["Jwt:SigningKey"] = TestEnvironment.SigningKey,
            ["Auth:Mfa:EncryptionKey"] = TestEnvironment.TotpEncryptionKey,
            ["Admin:Email"] = TestEnvironment.AdminEmail,
            ["Admin:Password"] = TestEnvironment.AdminPassword,
            ["RateLimits:AuthPerMinute"] = "100000",
            ["RateLimits:PerUserPerMinute"] = "100000",
            ["Metrics:ScraperToken"] = TestEnvironment.ScraperToken,
            // Every test request comes from the same address unless a test names one (TestClientAddress).
            ["Auth:LoginThrottle:FailuresPerClient"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning",
            // Other test assemblies share this Redis; their invalidations must not reach this cache.
            ["Cache:KeyPrefix"] = "api-tests",
            ["Adaptive:Models:Directory"] = TestEnvironment.ModelDirectory,
            // Training runs only when a test asks for it, so no test sees a model it did not train.
            ["Adaptive:Models:AutoRetrain"] = "false",
            ["Imports:UploadDirectory"] = TestEnvironment.UploadDirectory,
            ["Exports:Directory"] = TestEnvironment.ExportDirectory,
            // Short leases and polls so tests of the job engine see claims, expiries and retries within a second or two.
            ["Jobs:PollMilliseconds"] = "50",
            ["Jobs:LeaseSeconds"] = "1.5",
            ["Jobs:RetryBaseSeconds"] = "0.1",
            // Hosts share the database but not always the model directory: a training job must run on the host
            // whose directory a test reads, so only hosts that opt in (TrainingHosts, private model hosts) train.
            ["Jobs:SkipKinds"] = CorrectnessTrainingJob.Kind,
            // The job queue gauges are read in the background; tests should not wait the production 10 s for them.
            ["Metrics:DatabaseRefreshSeconds"] = "0.5",
            // Webhook tests run their receivers on loopback (plain http); retries and timeouts in fractions of seconds.
            ["Webhooks:AllowedHosts"] = "127.0.0.1",
            ["Webhooks:TimeoutSeconds"] = "2",
            ["Webhooks:RetryBaseSeconds"] = "0.1",
            ["Webhooks:RetryMaxSeconds"] = "0.5",
            ["Webhooks:PollMilliseconds"] = "100",
            ["Webhooks:MaxAttempts"] = "6",
            ["Webhooks:DisableAfterFailures"] = WebhookFailuresBeforeDisable.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Events:PollMilliseconds"] = "50",
            // Item statistics run only when a test asks, count an answer at once (production waits a few seconds for late
            // commits) and flag from ten answers.
            ["Analytics:ItemStats:RefreshMinutes"] = "0",
            ["Analytics:ItemStats:SettleSeconds"] = "0",
            ["Analytics:ItemStats:MinAnswersToFlag"] = "10",
            // Reminder passes run only when a test asks, at the instant it chooses.
            ["Notifications:ReminderMinutes"] = "0",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
            settings[key] = value;
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, TestClientAddress>());
    }
}
