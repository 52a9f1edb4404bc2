using AdaptiveLearning.Api.FunctionalTests.Accounts;
using AdaptiveLearning.Api.FunctionalTests.Learning;
using AdaptiveLearning.Client.Models;

using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Notifications;

public sealed class ReminderTests : LearningTestBase
{
    private static readonly TimeSpan NewYork = TimeSpan.FromHours(-4); // summer time

    /// <summary>
    /// A New York learner misses two questions on the 10th. On the 11th: nothing during the default quiet hours (22:00–08:00),
    /// the due-review reminder in the morning, the streak reminder from 20:00 (eight hours before the 04:00 day end), each
    /// once in the feed and once by mail.
    /// </summary>
    [Test]
    public async Task ADueReviewAndAStreakAtRiskReminderArriveInAppAndByMailAtTheRightLocalTime()
    {
        await Mailbox.ClearAsync();
        var learner = await Reminders.LearnerAsync("remi", "America/New_York");
        await StudyTwoQuestionsWrongAsync(learner, new DateTimeOffset(2030, 6, 10, 9, 0, 0, NewYork));

        var quiet = await Reminders.RunAsync(new DateTimeOffset(2030, 6, 11, 7, 0, 0, NewYork));
        var morning = await Reminders.RunAsync(new DateTimeOffset(2030, 6, 11, 9, 0, 0, NewYork));
        var afternoon = await Reminders.RunAsync(new DateTimeOffset(2030, 6, 11, 16, 0, 0, NewYork));
        var evening = await Reminders.RunAsync(new DateTimeOffset(2030, 6, 11, 20, 30, 0, NewYork));
        var again = await Reminders.RunAsync(new DateTimeOffset(2030, 6, 11, 21, 0, 0, NewYork));
        var feed = await learner.FeedAsync();
        var reviewMail = await Mailbox.WaitForAsync("remi@example.test", "2 reviews are due");
        var streakMail = await Mailbox.WaitForAsync("remi@example.test", "Your 1-day streak is at risk");

        Assert.Multiple(async () =>
        {
            Assert.That((quiet.Delivered, morning.Delivered, afternoon.Delivered, evening.Delivered, again.Delivered), Is.EqualTo((0, 1, 0, 1, 0)));
            Assert.That(feed.Items.Select(n => n.Type), Is.EqualTo(new[] { NotificationType.StreakAtRisk, NotificationType.ReviewsDue }),
                "newest first");
            Assert.That(feed.Items[1].Data.DueCount, Is.EqualTo(2));
            Assert.That(feed.Items[1].CreatedAt, Is.EqualTo(new DateTimeOffset(2030, 6, 11, 9, 0, 0, NewYork)));
            Assert.That(feed.Items[0].Data.StreakDays, Is.EqualTo(1));
            Assert.That(feed.Items[0].Data.DayEndsAt, Is.EqualTo(new DateTimeOffset(2030, 6, 12, 4, 0, 0, NewYork)));
            Assert.That(feed.Items[0].Body, Does.Contain("before 04:00"), "the day's end in the learner's own clock");
            Assert.That(feed.UnreadCount, Is.EqualTo(2));
            Assert.That(reviewMail, Does.Contain("Reviewing now"));
            Assert.That(streakMail, Does.Contain("before 04:00"));
            Assert.That(await Reminders.QueuedMailsAsync("remi"), Is.EqualTo(2), "one mail per reminder, none from the reruns");
        });
    }

    [Test]
    public async Task ConcurrentPassesNotifyOncePerReasonAndDay()
    {
        var learner = await Reminders.LearnerAsync("twice", "Europe/Berlin");
        var berlin = TimeSpan.FromHours(2);
        await StudyTwoQuestionsWrongAsync(learner, new DateTimeOffset(2030, 6, 10, 9, 0, 0, berlin));
        var at = new DateTimeOffset(2030, 6, 11, 9, 0, 0, berlin);

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Reminders.RunAsync(at))));
        var nextDay = await Reminders.RunAsync(at.AddDays(1));
        var feed = await learner.FeedAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(runs.Sum(r => r.Delivered), Is.EqualTo(1));
            Assert.That(nextDay.Delivered, Is.EqualTo(1), "a new learner day is a new period");
            Assert.That(feed.Items, Has.Count.EqualTo(2));
            Assert.That(await Reminders.QueuedMailsAsync("twice"), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task ChannelsTurnedOffSendNothingThere()
    {
        var silent = await Reminders.LearnerAsync("silent", "UTC");
        var mailOnly = await Reminders.LearnerAsync("mailonly", "UTC");
        await silent.SetPreferencesAsync(new Wire.UpdateNotificationPreferencesRequest
        {
            Channels =
            [
                new ChannelPreference { Type = NotificationType.ReviewsDue, InApp = false, Email = false },
                new ChannelPreference { Type = NotificationType.StreakAtRisk, InApp = false, Email = false },
            ],
        });
        await mailOnly.SetPreferencesAsync(new Wire.UpdateNotificationPreferencesRequest
        {
            Channels = [new ChannelPreference { Type = NotificationType.ReviewsDue, InApp = false, Email = true }],
        });
        var day = new DateTimeOffset(2030, 6, 10, 9, 0, 0, TimeSpan.Zero);
        await StudyTwoQuestionsWrongAsync(silent, day);
        await StudyTwoQuestionsWrongAsync(mailOnly, day);

        await Reminders.RunAsync(day.AddDays(1));
        await Reminders.RunAsync(day.AddDays(1).AddHours(12)); // 21:00, in the streak window

        Assert.Multiple(async () =>
        {
            Assert.That((await silent.FeedAsync()).Items, Is.Empty);
            Assert.That(await Reminders.QueuedMailsAsync("silent"), Is.Zero);
            Assert.That((await mailOnly.FeedAsync()).Items.Select(n => n.Type), Is.EqualTo(new[] { NotificationType.StreakAtRisk }),
                "the review reminder went by mail only");
            Assert.That(await Reminders.QueuedMailsAsync("mailonly"), Is.EqualTo(2));
        });
    }

    /// <summary>
    /// Quiet hours are read in the profile time zone (Kolkata, +05:30): a review reminder held back by them comes with the
    /// first pass after they end; a streak reminder whose whole window lies inside them is skipped for that day.
    /// </summary>
    [Test]
    public async Task QuietHoursHoldRemindersBackUntilTheyEnd()
    {
        var kolkata = TimeSpan.FromHours(5.5);
        var learner = await Reminders.LearnerAsync("quiet", "Asia/Kolkata");
        await learner.SetPreferencesAsync(new Wire.UpdateNotificationPreferencesRequest
        {
            QuietHours = new QuietHoursView { Start = "19:00", End = "12:00" },
        });
        await StudyTwoQuestionsWrongAsync(learner, new DateTimeOffset(2030, 6, 10, 13, 0, 0, kolkata));

        var during = await Reminders.RunAsync(new DateTimeOffset(2030, 6, 11, 11, 45, 0, kolkata));
        var after = await Reminders.RunAsync(new DateTimeOffset(2030, 6, 11, 12, 15, 0, kolkata));
        var evening = await Reminders.RunAsync(new DateTimeOffset(2030, 6, 11, 21, 0, 0, kolkata));
        var night = await Reminders.RunAsync(new DateTimeOffset(2030, 6, 12, 3, 30, 0, kolkata));
        var feed = await learner.FeedAsync();

        Assert.Multiple(() =>
        {
            Assert.That((during.Delivered, after.Delivered, evening.Delivered, night.Delivered), Is.EqualTo((0, 1, 0, 0)));
            Assert.That(feed.Items.Select(n => n.Type), Is.EqualTo(new[] { NotificationType.ReviewsDue }));
            Assert.That(feed.Items[0].CreatedAt, Is.EqualTo(new DateTimeOffset(2030, 6, 11, 12, 15, 0, kolkata)));
        });
    }

    [Test]
    public async Task NoStreakNoDueCardsNoReminder()
    {
        var learner = await Reminders.LearnerAsync("fresh", "UTC");

        var run = await Reminders.RunAsync(new DateTimeOffset(2030, 6, 11, 21, 0, 0, TimeSpan.Zero));

        Assert.Multiple(async () =>
        {
            Assert.That(run.Delivered, Is.Zero);
            Assert.That(run.Learners, Is.GreaterThanOrEqualTo(1));
            Assert.That((await learner.FeedAsync()).UnreadCount, Is.Zero);
        });
    }

    [Test]
    public async Task AnUnconfirmedAddressGetsNoMailButTheFeedStillShowsTheReminder()
    {
        var learner = await LearningApi.LearnerAsync("unconfirmed");
        await StudyTwoQuestionsWrongAsync(learner, new DateTimeOffset(2030, 6, 10, 9, 0, 0, TimeSpan.Zero));

        await Reminders.RunAsync(new DateTimeOffset(2030, 6, 11, 9, 0, 0, TimeSpan.Zero));

        Assert.Multiple(async () =>
        {
            Assert.That((await learner.FeedAsync()).Items, Has.Count.EqualTo(1));
            Assert.That(await Reminders.QueuedMailsAsync("unconfirmed"), Is.Zero);
        });
    }

    /// <summary>The job engine runs the pass at its clock's time (whichever test host claims it, both clocks read the real time here).</summary>
    [Test]
    public async Task TheReminderJobRunsThePassOnTheJobEngine()
    {
        var learner = await Reminders.LearnerAsync("queued", "UTC");
        await learner.SetPreferencesAsync(new Wire.UpdateNotificationPreferencesRequest { Channels = [], QuietHours = null });
        var now = DateTimeOffset.UtcNow;
        await StudyTwoQuestionsWrongAsync(learner, now.AddDays(-1));
        LearningApi.Clock.UtcNow = now;

        var job = new Application.Jobs.NewJob(Guid.NewGuid(), "notifications.reminders", "{}");
        await Jobs.JobHosts.Queue().EnqueueAsync(job, CancellationToken.None);
        var done = await Jobs.JobHosts.WaitForAsync(job.Id, j => j.Status == Application.Jobs.JobStatus.Succeeded);
        var feed = await learner.FeedAsync();

        Assert.Multiple(() =>
        {
            Assert.That(feed.Items.Select(n => n.Type), Has.Member(NotificationType.ReviewsDue));
            Assert.That(done.Result, Does.Contain("\"delivered\":"));
        });
    }

    private static async Task StudyTwoQuestionsWrongAsync(HttpClient learner, DateTimeOffset at)
    {
        var questions = await ContentSeed.QuestionsAsync($"maths__algebra__linear__{Guid.NewGuid():N}"[..40],
            [ContentSeed.Mcq("Q1", "a"), ContentSeed.Mcq("Q2", "a")]);
        LearningApi.Clock.UtcNow = at;
        var session = await learner.StartAsync(SessionMode.Practice);
        foreach (var question in questions)
            await learner.AnswerAsync(session, question, selected: ["b"]);
    }
}
