using AdaptiveLearning.Api.FunctionalTests.Notifications;
using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

/// <summary>Notification preferences and the feed through the SDK, as an app's bell and settings screen would use them.</summary>
public sealed class NotificationsSdkFlowTests : SdkTestBase
{
    [Test]
    public async Task ALearnerSetsPreferencesReadsTheFeedAndMarksItRead()
    {
        var admin = NewAdmin();
        var question = await SdkContent.PublishedMcqAsync(admin, "Which sign gives way?");
        var learner = await NewLearnerAsync("sdk-bell");
        var defaults = await learner.Users.GetNotificationPreferencesAsync();
        var changed = await learner.Users.UpdateNotificationPreferencesAsync(new UpdateNotificationPreferencesRequest
        {
            Channels = [new ChannelPreference { Type = NotificationType.StreakAtRisk, InApp = true, Email = false }],
            QuietHours = null,
        });
        var invalid = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => learner.Users.UpdateNotificationPreferencesAsync(
            new UpdateNotificationPreferencesRequest { Channels = [], QuietHours = new QuietHoursView { Start = "7pm", End = "08:00" } }));
        var session = await learner.Sessions.StartSessionAsync(new StartSessionRequest { Mode = SessionMode.Practice, Scope = ["driving"] });
        await learner.Answers.SubmitAnswerAsync(session.Id,
            new SubmitAnswerRequest { ClientAttemptId = "n1", QuestionId = question.Id, Selected = ["b"], TimeSpentMs = 5_000 });
        await Reminders.RunAsync(DateTimeOffset.UtcNow.AddDays(1));

        var feed = await learner.Users.ListNotificationsAsync(limit: 10);
        await learner.Users.MarkNotificationReadAsync(feed.Items.Single().Id);
        var unread = await learner.Users.ListNotificationsAsync(unread: true);
        var stranger = await NewLearnerAsync("sdk-nosy");
        var hidden = await Assert.ThrowsAsync<AdaptiveLearningApiException>(() => stranger.Users.MarkNotificationReadAsync(feed.Items.Single().Id));
        await learner.Users.MarkAllNotificationsReadAsync();

        Assert.Multiple(() =>
        {
            Assert.That(defaults.QuietHours!.Start, Is.EqualTo("22:00"));
            Assert.That(changed.Channels.Single(c => c.Type == NotificationType.StreakAtRisk).Email, Is.False);
            Assert.That(changed.QuietHours, Is.Null);
            Assert.That(invalid!.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(invalid.Errors!.Keys, Does.Contain("quietHours.start"));
            Assert.That(feed.Items.Single().Type, Is.EqualTo(NotificationType.ReviewsDue));
            Assert.That(feed.Items.Single().Data.DueCount, Is.EqualTo(1));
            Assert.That(feed.UnreadCount, Is.EqualTo(1));
            Assert.That(unread.Items, Is.Empty);
            Assert.That(unread.UnreadCount, Is.Zero);
            Assert.That(hidden!.Status, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }
}
