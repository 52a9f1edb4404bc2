using AdaptiveLearning.Application.Badges;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Engagement;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Application.Sessions;
using AdaptiveLearning.Domain.Engagement;

namespace AdaptiveLearning.Application.Users.GetGamification;

/// <summary>Periods are learner days as lived (the ledger's days), counted from today's week and month in the current profile.</summary>
internal sealed class GetGamificationHandler(
    SessionLoader loader, IPointsLedger ledger, ILearnerBadges badges, PointsRules points, StreakRules streaks, IClock clock)
    : IHandler<GetGamificationQuery, Gamification>
{
    public async Task<Gamification> HandleAsync(GetGamificationQuery query, CancellationToken ct)
    {
        var calendar = LearnerSchedule.For(await loader.LearnerAsync(query.UserId, ct)).Calendar;
        var today = calendar.Date(clock.UtcNow);
        var weekStart = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var totals = await ledger.PeriodTotalsAsync(query.UserId, today, weekStart, new DateOnly(today.Year, today.Month, 1), ct);
        var active = (await ledger.ActiveDaysAsync(query.UserId, ct)).Select(d => d.DayNumber).ToHashSet();
        var streak = StreakCalculator.Compute(active, today.DayNumber, streaks);
        var level = points.Levels.For(totals.Total);
        return new Gamification(totals.Today, totals.Week, totals.Month, totals.Total, level.Level, level.NextLevelPoints,
            level.NextLevelPoints - Math.Max(0, totals.Total), level.Progress, streak.Current, streak.Longest, streak.ActiveToday,
            streak.FreezesAvailable, streak.FreezesUsed, await badges.CountAsync(query.UserId, ct), today, calendar.TimeZone.Id);
    }
}
