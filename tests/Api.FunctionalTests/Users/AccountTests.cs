using System.Text.Json;
using AdaptiveLearning.Api.Features.Auth.Login;
using AdaptiveLearning.Api.Features.Users.DeleteMe;
using AdaptiveLearning.Api.Features.Users.ExportMe;
using AdaptiveLearning.Api.Features.Users.GetMe;
using AdaptiveLearning.Api.Features.Users.UpdateMe;

namespace AdaptiveLearning.Api.FunctionalTests.Users;

public sealed class AccountTests : TestBase
{
    [Test]
    public async Task ProfileAndSettingsChangesArePersisted()
    {
        var learner = await Api.LearnerAsync();

        var response = await learner.PatchAsJsonAsync(Api.Route(UpdateMeRequest.Route), new
        {
            displayName = "Ada L.",
            timeZone = "Europe/Berlin",
            language = "de",
            settings = new { scheduler = "sm2", desiredRetention = 0.85, dailyNewLimit = 5 },
        });
        var me = await learner.GetFromJsonAsync<JsonElement>(Api.Route(GetMeEndpoint.Route));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(me.GetProperty("timeZone").GetString(), Is.EqualTo("Europe/Berlin"));
            Assert.That(me.GetProperty("language").GetString(), Is.EqualTo("de"));
            Assert.That(me.GetProperty("settings").GetProperty("scheduler").GetString(), Is.EqualTo("sm2"));
            Assert.That(me.GetProperty("settings").GetProperty("desiredRetention").GetDouble(), Is.EqualTo(0.85));
            Assert.That(me.GetProperty("settings").GetProperty("dailyNewLimit").GetInt32(), Is.EqualTo(5));
            Assert.That(me.GetProperty("settings").GetProperty("dayStartHour").GetInt32(), Is.EqualTo(4), "untouched settings keep their values");
        });
    }

    [Test]
    public async Task UnknownTimeZoneIsAFieldError()
    {
        var learner = await Api.LearnerAsync();

        var response = await learner.PatchAsJsonAsync(Api.Route(UpdateMeRequest.Route), new { timeZone = "Mars/Olympus_Mons" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.That(problem.GetProperty("errors").TryGetProperty("timeZone", out _), Is.True);
    }

    [Test]
    public async Task ExportContainsMyProfileOnly()
    {
        await Api.LearnerAsync("other");
        var learner = await Api.LearnerAsync("mine");

        var export = await learner.GetFromJsonAsync<JsonElement>(Api.Route(ExportMeEndpoint.Route));

        Assert.That(export.GetProperty("profile").GetProperty("username").GetString(), Is.EqualTo("mine"));
        Assert.That(export.ToString(), Does.Not.Contain("other@example.test"));
    }

    [Test]
    public async Task DeletingMyAccountErasesItAndItsLogins()
    {
        var learner = await Api.LearnerAsync("gone");

        var delete = await learner.DeleteAsync(Api.Route(DeleteMeEndpoint.Route));
        var login = await Api.Anonymous().PostAsJsonAsync(Api.Route(LoginRequest.Route), new { login = "gone", password = "a-long-enough-passphrase" });

        Assert.That(delete.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await login.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
    }
}
