using AdaptiveLearning.Domain.Engagement;
using AdaptiveLearning.Domain.Notifications;
using AdaptiveLearning.Domain.Scheduling;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.Notifications;

public sealed class ReminderPlannerTests
{
    private static readonly ReminderRules Rules = new();
    private static readonly LearnerCalendar Berlin = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
    private static readonly Streak AtRisk = new(5, 5, 0, 0, [], ActiveToday: false, LastActiveDay: 1);

    [TestCase("23:00", true)]
    [TestCase("07:59", true)]
    [TestCase("08:00", false)]
    [TestCase("21:59", false)]
    public void QuietHoursAcrossMidnight(string local, bool quiet) =>
        Assert.That(new QuietHours(new TimeOnly(22, 0), new TimeOnly(8, 0)).Contains(TimeOnly.Parse(local)), Is.EqualTo(quiet));

    [TestCase("08:59", false)]
    [TestCase("09:00", true)]
    [TestCase("11:59", true)]
    [TestCase("12:00", false)]
    public void QuietHoursWithinADay(string local, bool quiet) =>
        Assert.That(new QuietHours(new TimeOnly(9, 0), new TimeOnly(12, 0)).Contains(TimeOnly.Parse(local)), Is.EqualTo(quiet));

    /// <summary>
    /// The night Berlin springs forward (30–31 March 2030) the day ending at 04:00 is an hour shorter, so "eight hours before
    /// the day ends" starts at 19:00 local, not 20:00.
    /// </summary>
    [TestCase(18, 30, false)]
    [TestCase(19, 30, true)]
    public void TheStreakWindowCountsRealHoursBeforeTheDayEndsAcrossDst(int hour, int minute, bool expected)
    {
        var now = new DateTimeOffset(2030, 3, 30, hour, minute, 0, TimeSpan.FromHours(1));
        var learner = new ReminderCandidate(Guid.NewGuid(), Berlin, NotificationPreferences.From([], quiet: null), DueCount: 0, AtRisk);

        var reminders = ReminderPlanner.Plan(learner, now, Rules);

        Assert.That(reminders.Any(r => r.Type == NotificationType.StreakAtRisk), Is.EqualTo(expected));
    }

    [Test]
    public void NothingDuringQuietHoursAndThePeriodIsTheLearnerDay()
    {
        var preferences = NotificationPreferences.Default;
        var learner = new ReminderCandidate(Guid.NewGuid(), Berlin, preferences, DueCount: 3, AtRisk);
        // 03:30 on 12 June is still the learner day of the 11th (days start at 04:00), and inside 22:00–08:00.
        var night = new DateTimeOffset(2030, 6, 12, 3, 30, 0, TimeSpan.FromHours(2));
        var evening = new DateTimeOffset(2030, 6, 11, 21, 0, 0, TimeSpan.FromHours(2));

        var quiet = ReminderPlanner.Plan(learner, night, Rules);
        var made = ReminderPlanner.Plan(learner, evening, Rules);

        Assert.Multiple(() =>
        {
            Assert.That(quiet, Is.Empty);
            Assert.That(made.Select(r => (r.Type, r.Period)), Is.EqualTo(new[]
            {
                (NotificationType.ReviewsDue, "2030-06-11"), (NotificationType.StreakAtRisk, "2030-06-11"),
            }));
            Assert.That(made[1].Data.DayEndsAt, Is.EqualTo(new DateTimeOffset(2030, 6, 12, 4, 0, 0, TimeSpan.FromHours(2))));
        });
    }

    [Test]
    public void ATypeWithBothChannelsOffIsNeverPlanned()
    {
        var off = new ChannelChoice(InApp: false, Email: false);
        var preferences = NotificationPreferences.From(
            [KeyValuePair.Create(NotificationType.ReviewsDue, off), KeyValuePair.Create(NotificationType.StreakAtRisk, off)], quiet: null);
        var learner = new ReminderCandidate(Guid.NewGuid(), Berlin, preferences, DueCount: 3, AtRisk);

        Assert.That(ReminderPlanner.Plan(learner, new DateTimeOffset(2030, 6, 11, 21, 0, 0, TimeSpan.FromHours(2)), Rules), Is.Empty);
    }
}
