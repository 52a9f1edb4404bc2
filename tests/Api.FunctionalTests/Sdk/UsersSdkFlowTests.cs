using System.Globalization;
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

    [Test]
    public async Task ReviewLogListsEachAnswerWithTheFsrsColumns()
    {
        var question = await SdkContent.PublishedMcqAsync(NewAdmin(), "Which sign warns?");
        var client = await NewLearnerAsync("rae");
        var session = await client.Sessions.StartSessionAsync(new StartSessionRequest { Mode = SessionMode.Learn });
        var answer = await client.Answers.SubmitAnswerAsync(session.Id,
            new SubmitAnswerRequest { ClientAttemptId = "r1", QuestionId = question.Id, Selected = ["a"], TimeSpentMs = 2_500, Rating = Rating.Good });

        var log = await client.Users.GetReviewLogAsync();

        var row = log.Single();
        Assert.Multiple(() =>
        {
            Assert.That(row.Card_id, Is.EqualTo(answer.Card!.Id));
            Assert.That(row.Review_rating, Is.EqualTo(3), "good is 3 on the FSRS scale");
            Assert.That(row.Review_duration, Is.EqualTo(2_500));
            Assert.That(DateTimeOffset.Parse(row.Review_time, CultureInfo.InvariantCulture), Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(1)));
        });
    }
}
