using AdaptiveLearning.Api.Features.Users.DeleteMe;
using AdaptiveLearning.Api.Features.Users.ExportMe;
using AdaptiveLearning.Api.Features.Users.GetMe;
using AdaptiveLearning.Client.Models;

using LoginRequest = AdaptiveLearning.Api.Features.Auth.Login.LoginRequest;
using UpdateMeRequest = AdaptiveLearning.Api.Features.Users.UpdateMe.UpdateMeRequest;
using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Users;

public sealed class AccountTests : TestBase
{
    [Test]
    public async Task ProfileAndSettingsChangesArePersisted()
    {
        var learner = await Api.LearnerAsync();

        var response = await learner.PatchJsonAsync(UpdateMeRequest.Route, new Wire.UpdateMeRequest
        {
            DisplayName = "Ada L.",
            TimeZone = "Europe/Berlin",
            Language = "de",
            Settings = new LearningSettingsPatch { Scheduler = "sm2", DesiredRetention = 0.85, DailyNewLimit = 5 },
        });
        var me = await learner.GetAsAsync<UserProfile>(GetMeEndpoint.Route);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(me.TimeZone, Is.EqualTo("Europe/Berlin"));
            Assert.That(me.Language, Is.EqualTo("de"));
            Assert.That(me.Settings.Scheduler, Is.EqualTo("sm2"));
            Assert.That(me.Settings.DesiredRetention, Is.EqualTo(0.85));
            Assert.That(me.Settings.DailyNewLimit, Is.EqualTo(5));
            Assert.That(me.Settings.DayStartHour, Is.EqualTo(4), "untouched settings keep their values");
        });
    }

    [Test]
    public async Task UnknownTimeZoneIsAFieldError()
    {
        var learner = await Api.LearnerAsync();

        var response = await learner.PatchJsonAsync(UpdateMeRequest.Route, new Wire.UpdateMeRequest { TimeZone = "Mars/Olympus_Mons" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.That(problem.FieldErrors(), Does.Contain("timeZone"));
    }

    [Test]
    public async Task ExportContainsMyProfileOnly()
    {
        await Api.LearnerAsync("other");
        var learner = await Api.LearnerAsync("mine");

        var exported = await learner.GetStringAsync(Api.Route(ExportMeEndpoint.Route));
        var export = ApiJson.Deserialize<PersonalDataExport>(exported);

        Assert.That(export.Profile.Username, Is.EqualTo("mine"));
        Assert.That(exported, Does.Not.Contain("other@example.test"));
    }

    [Test]
    public async Task DeletingMyAccountErasesItAndItsLogins()
    {
        var learner = await Api.LearnerAsync("gone");

        var delete = await learner.DeleteAsync(Api.Route(DeleteMeEndpoint.Route));
        var login = await Api.Anonymous().PostJsonAsync(LoginRequest.Route, new Wire.LoginRequest { Login = "gone", Password = Api.Password });

        Assert.That(delete.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await login.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
    }
}
