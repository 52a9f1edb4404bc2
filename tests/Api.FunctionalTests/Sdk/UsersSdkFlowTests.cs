using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

public sealed class UsersSdkFlowTests : SdkTestBase
{
    [Test]
    public async Task ProfileChangesMadeThroughTheSdkArePersisted()
    {
        var client = await NewLearnerAsync("ida");

        var updated = await client.Users.UpdateMeAsync(new UpdateMeRequest
        {
            TimeZone = "Europe/Berlin",
            Settings = new LearningSettingsPatch { Scheduler = "sm2", DailyNewLimit = 5 },
        });
        var me = await client.Users.GetMeAsync();

        Assert.Multiple(() =>
        {
            Assert.That(updated.TimeZone, Is.EqualTo("Europe/Berlin"));
            Assert.That(me.Settings.Scheduler, Is.EqualTo("sm2"));
            Assert.That(me.Settings.DailyNewLimit, Is.EqualTo(5));
            Assert.That(me.Settings.DayStartHour, Is.EqualTo(4), "fields left null keep their values");
            Assert.That(me.Language, Is.EqualTo(updated.Language));
        });
    }

    [Test]
    public async Task ExportAndDeleteMyAccount()
    {
        var client = await NewLearnerAsync("joan");

        var export = await client.Users.ExportMeAsync();
        await client.Users.DeleteMeAsync();
        var login = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => NewClient().SignInAsync("joan", Password));

        Assert.That(export.Profile.Username, Is.EqualTo("joan"));
        Assert.That(login!.Code, Is.EqualTo("invalid_credentials"));
    }
}
