using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Engagement;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Application.Sessions;
using AdaptiveLearning.Domain.Engagement;

namespace AdaptiveLearning.Application.Users.GetStreak;

/// <summary>
/// Derived on every read from the ledger's active days (each the learner day in force when it was lived), so nothing
/// is stored that could drift, and a time-zone change moves only "today".
/// </summary>
internal sealed class GetStreakHandler(SessionLoader loader, IPointsLedger ledger, StreakRules rules, IClock clock)
    : IHandler<GetStreakQuery, StreakReport>
{
    private const int FrozenDaysShown = 30;

    public async Task<StreakReport> HandleAsync(GetStreakQuery query, CancellationToken ct)
    {
        var calendar = LearnerSchedule.For(await loader.LearnerAsync(query.UserId, ct)).Calendar;
        var today = calendar.DayNumber(clock.UtcNow);
        var active = (await ledger.ActiveDaysAsync(query.UserId, ct)).Select(d => d.DayNumber).ToHashSet();
        var streak = StreakCalculator.Compute(active, today, rules);
        return new StreakReport(streak.Current, streak.Longest, streak.ActiveToday, DateOnly.FromDayNumber(today),
            streak.LastActiveDay is { } last ? DateOnly.FromDayNumber(last) : null, streak.FreezesAvailable, streak.FreezesUsed,
            streak.FrozenDays.TakeLast(FrozenDaysShown).Select(DateOnly.FromDayNumber).ToList(), rules.FreezeEveryDays, rules.MaxFreezes,
            calendar.TimeZone.Id, calendar.DayStartHour);
    }
}
