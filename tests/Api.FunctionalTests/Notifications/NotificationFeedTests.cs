using AdaptiveLearning.Api.Features.Users.DeleteMe;
using AdaptiveLearning.Api.Features.Users.ExportMe;
using AdaptiveLearning.Api.Features.Users.GetNotificationPreferences;
using AdaptiveLearning.Api.Features.Users.ListNotifications;
using AdaptiveLearning.Api.Features.Users.MarkAllNotificationsRead;
using AdaptiveLearning.Api.Features.Users.MarkNotificationRead;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Client.Models;

using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Notifications;

public sealed class NotificationFeedTests : LearningTestBase
{
    [Test]
    public async Task TheFeedPagesNewestFirstFiltersUnreadAndCountsWhatIsLeft()
    {
        var learner = await Reminders.LearnerAsync("reader", "UTC");
        var start = new DateTimeOffset(2030, 6, 1, 9, 0, 0, TimeSpan.Zero);
        await StudyOneQuestionWrongAsync(learner, start);
        for (var day = 1; day <= 3; day++)
            await Reminders.RunAsync(start.AddDays(day));

        var first = await learner.FeedAsync(limit: 2);
        var second = await learner.FeedAsync(limit: 2, cursor: first.NextCursor);
        var oldest = second.Items.Single();
        var read = await learner.PostJsonAsync(MarkNotificationReadRequest.For(oldest.Id));
        var readAgain = await learner.PostJsonAsync(MarkNotificationReadRequest.For(oldest.Id));
        var unread = await learner.FeedAsync(unread: true);
        var all = await learner.FeedAsync();
        var readAll = await learner.PostJsonAsync(MarkAllNotificationsReadEndpoint.Route);
        var afterAll = await learner.FeedAsync();

        Assert.Multiple(() =>
        {
            Assert.That(first.Items.Select(n => n.CreatedAt.Day), Is.EqualTo(new[] { 4, 3 }));
            Assert.That(first.NextCursor, Is.Not.Null);
            Assert.That(oldest.CreatedAt.Day, Is.EqualTo(2));
            Assert.That(second.NextCursor, Is.Null);
            Assert.That((read.StatusCode, readAgain.StatusCode), Is.EqualTo((HttpStatusCode.NoContent, HttpStatusCode.NoContent)));
            Assert.That(unread.Items.Select(n => n.CreatedAt.Day), Is.EqualTo(new[] { 4, 3 }));
            Assert.That(unread.UnreadCount, Is.EqualTo(2));
            Assert.That(all.Items.Single(n => n.Id == oldest.Id).ReadAt, Is.Not.Null);
            Assert.That(readAll.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(afterAll.UnreadCount, Is.Zero);
            Assert.That(afterAll.Items.All(n => n.ReadAt is not null));
        });
    }

    [Test]
    public async Task ALearnerNeverSeesOrReadsAnotherLearnersNotifications()
    {
        var owner = await Reminders.LearnerAsync("owner", "UTC");
        var intruder = await Reminders.LearnerAsync("intruder", "UTC");
        var day = new DateTimeOffset(2030, 6, 1, 9, 0, 0, TimeSpan.Zero);
        await StudyOneQuestionWrongAsync(owner, day);
        await Reminders.RunAsync(day.AddDays(1));
        var mine = (await owner.FeedAsync()).Items.Single();

        var read = await intruder.PostJsonAsync(MarkNotificationReadRequest.For(mine.Id));
        await intruder.PostJsonAsync(MarkAllNotificationsReadEndpoint.Route);
        var theirs = await intruder.FeedAsync();
        var ownersAfter = await owner.FeedAsync();

        await read.AssertProblemAsync(HttpStatusCode.NotFound, "not_found");
        Assert.Multiple(() =>
        {
            Assert.That(theirs.Items, Is.Empty);
            Assert.That(theirs.UnreadCount, Is.Zero);
            Assert.That(ownersAfter.UnreadCount, Is.EqualTo(1), "the intruder's read-all touched only their own feed");
        });
    }

    [Test]
    public async Task PreferencesStartAtTheDefaultsAndAreReplacedAsAWhole()
    {
        var learner = await LearningApi.LearnerAsync("prefs", "Europe/Berlin");

        var defaults = await learner.GetAsAsync<NotificationPreferencesView>(GetNotificationPreferencesEndpoint.Route);
        var changed = await learner.SetPreferencesAsync(new Wire.UpdateNotificationPreferencesRequest
        {
            Channels = [new ChannelPreference { Type = NotificationType.WeeklyReport, InApp = false, Email = true }],
            QuietHours = null,
        });
        var reread = await learner.GetAsAsync<NotificationPreferencesView>(GetNotificationPreferencesEndpoint.Route);

        Assert.Multiple(() =>
        {
            Assert.That(defaults.Channels.Select(c => (c.Type, c.InApp, c.Email)), Is.EqualTo(new[]
            {
                (NotificationType.ReviewsDue, true, true), (NotificationType.StreakAtRisk, true, true),
                (NotificationType.GoalBehind, true, false), (NotificationType.WeeklyReport, true, false),
            }));
            Assert.That((defaults.QuietHours!.Start, defaults.QuietHours.End), Is.EqualTo(("22:00", "08:00")));
            Assert.That(defaults.TimeZone, Is.EqualTo("Europe/Berlin"));
            Assert.That(changed.Channels.Single(c => c.Type == NotificationType.WeeklyReport).InApp, Is.False);
            Assert.That(reread.Channels.Single(c => c.Type == NotificationType.WeeklyReport).Email, Is.True);
            Assert.That(reread.Channels.Single(c => c.Type == NotificationType.ReviewsDue).Email, Is.True, "left out: its default");
            Assert.That(reread.QuietHours, Is.Null);
        });
    }

    [TestCase("{\"channels\":[],\"quietHours\":{\"start\":\"25:00\",\"end\":\"08:00\"}}", "quietHours.start")]
    [TestCase("{\"channels\":[],\"quietHours\":{\"start\":\"22:00\",\"end\":\"8\"}}", "quietHours.end")]
    [TestCase("{\"channels\":[],\"quietHours\":{\"start\":\"22:00\",\"end\":\"22:00\"}}", "quietHours.end")]
    [TestCase("{\"channels\":[{\"type\":\"reviews_due\",\"inApp\":true,\"email\":true},{\"type\":\"reviews_due\",\"inApp\":false,\"email\":false}]}", "channels")]
    public async Task BadPreferencesAreRefusedWithTheFieldAndChangeNothing(string body, string field)
    {
        var learner = await LearningApi.LearnerAsync("picky");

        var response = await learner.PutAsync(Api.Route(GetNotificationPreferencesEndpoint.Route),
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var after = await learner.GetAsAsync<NotificationPreferencesView>(GetNotificationPreferencesEndpoint.Route);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        Assert.That(problem.FieldErrors(), Does.Contain(field));
        Assert.That(after.QuietHours!.Start, Is.EqualTo("22:00"));
    }

    [Test]
    public async Task AnUnknownTypeOrABadCursorIsABadRequest()
    {
        var learner = await LearningApi.LearnerAsync("unknown");

        var type = await learner.PutAsync(Api.Route(GetNotificationPreferencesEndpoint.Route),
            new StringContent("{\"channels\":[{\"type\":\"spam\",\"inApp\":true,\"email\":true}]}", System.Text.Encoding.UTF8, "application/json"));
        var cursor = await learner.GetAsync(Api.Route($"{ListNotificationsRequest.Route}?cursor=nonsense"));

        Assert.That(type.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        await cursor.AssertProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Test]
    public async Task NotificationsAreInMyExportAndGoWithMyAccount()
    {
        var learner = await Reminders.LearnerAsync("leaving", "UTC");
        var day = new DateTimeOffset(2030, 6, 1, 9, 0, 0, TimeSpan.Zero);
        await StudyOneQuestionWrongAsync(learner, day);
        await learner.SetPreferencesAsync(new Wire.UpdateNotificationPreferencesRequest { Channels = [] });
        await Reminders.RunAsync(day.AddDays(1));
        var id = await learner.IdAsync();

        var export = await learner.GetStringAsync(Api.Route(ExportMeEndpoint.Route));
        (await learner.DeleteAsync(Api.Route(DeleteMeEndpoint.Route))).EnsureSuccessStatusCode();
        var left = await ContentSeed.ScalarAsync(
            "SELECT (SELECT COUNT(*) FROM notifications WHERE user_id = @Id) + (SELECT COUNT(*) FROM notification_settings WHERE user_id = @Id)",
            new { Id = id.ToString() });

        Assert.Multiple(() =>
        {
            Assert.That(export, Does.Contain("\"notifications\"").And.Contain("1 review is due").And.Contain("reviews_due"));
            Assert.That(left, Is.Zero);
        });
    }

    private static async Task StudyOneQuestionWrongAsync(HttpClient learner, DateTimeOffset at)
    {
        var question = await ContentSeed.QuestionAsync($"maths__algebra__linear__{Guid.NewGuid():N}"[..40], ContentSeed.Mcq("Q", "a"));
        LearningApi.Clock.UtcNow = at;
        var session = await learner.StartAsync(SessionMode.Practice);
        await learner.AnswerAsync(session, question, selected: ["b"]);
    }
}
