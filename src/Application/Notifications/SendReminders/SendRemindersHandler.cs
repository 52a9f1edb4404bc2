using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Engagement;
using AdaptiveLearning.Domain.Notifications;
using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Application.Notifications.SendReminders;

/// <summary>
/// One pass over every learner in id-ordered batches: one query per batch finds due reviews, one more loads activity only
/// for learners whose streak could be at risk right now, and a notification is written only for what is due. Safe to run
/// twice or concurrently: the store keeps one notification per learner, type and learner day.
/// </summary>
internal sealed class SendRemindersHandler(IReminderStore store, ReminderMails mails, ReminderRules rules, StreakRules streakRules)
    : IHandler<SendRemindersCommand, ReminderRun>
{
    public async Task<ReminderRun> HandleAsync(SendRemindersCommand command, CancellationToken ct)
    {
        var now = command.At;
        var batchSize = Math.Max(1, rules.BatchSize);
        string? after = null;
        int learners = 0, delivered = 0;
        while (true)
        {
            var batch = await store.LearnersAsync(after, batchSize, now, ct);
            var candidates = batch.Select(l => new ReminderCandidate(l.UserId, Calendar(l), l.Preferences, l.DueCount)).ToList();
            candidates = await WithStreaksAsync(candidates, now, ct);
            var emails = batch.ToDictionary(l => l.UserId, l => l.Email);
            foreach (var reminder in candidates.SelectMany(c => ReminderPlanner.Plan(c, now, rules)))
            {
                var mail = reminder.Channels.Email && emails[reminder.UserId] is { } to ? mails.For(reminder, to) : null;
                if ((reminder.Channels.InApp || mail is not null) && await store.DeliverAsync(reminder, mail, now, ct))
                    delivered++;
            }

            learners += batch.Count;
            if (batch.Count < batchSize)
                return new ReminderRun(learners, delivered);
            after = batch[^1].UserId.ToString();
        }
    }

    private async Task<List<ReminderCandidate>> WithStreaksAsync(List<ReminderCandidate> candidates, DateTimeOffset now, CancellationToken ct)
    {
        var needed = candidates.Where(c => ReminderPlanner.NeedsStreak(c.Preferences, c.Calendar, now, rules)).Select(c => c.UserId).ToList();
        if (needed.Count == 0)
            return candidates;
        var activeDays = await store.ActiveDaysAsync(needed, ct);
        return candidates.Select(c => activeDays.TryGetValue(c.UserId, out var days)
            ? c with { Streak = StreakCalculator.Compute(days.Select(d => d.DayNumber).ToHashSet(), c.Calendar.DayNumber(now), streakRules) }
            : c).ToList();
    }

    private static LearnerCalendar Calendar(ReminderLearner learner) => new(
        TimeZoneInfo.TryFindSystemTimeZoneById(learner.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc,
        Math.Clamp(learner.DayStartHour, 0, 23));
}
