using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Application.Progress;
using AdaptiveLearning.Application.Sessions;
using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Progress.GetDashboard;

internal sealed class GetDashboardHandler(SessionLoader loader, IProgressQueries progress, IStudyQueries study,
    IMasteryEstimator mastery, IClock clock) : IHandler<GetDashboardQuery, Dashboard>
{
    public async Task<Dashboard> HandleAsync(GetDashboardQuery request, CancellationToken ct)
    {
        var schedule = LearnerSchedule.For(await loader.LearnerAsync(request.UserId, ct));
        var now = clock.UtcNow;
        var facts = await progress.LoadAsync(request.UserId, null, now - GetProgress.GetProgressHandler.RecentWindow, ct);
        var calculator = new ProgressCalculator(facts, schedule, await mastery.FacetMasteryAsync(request.UserId, ct), now);
        var today = await study.StudiedBetweenAsync(request.UserId, schedule.Calendar.StartOfDay(now), schedule.Calendar.NextDayStart(now), ct);
        var left = DailyAllowance.Remaining(schedule.Preferences.DailyNewLimit, schedule.Preferences.DailyReviewLimit, today.NewCards, today.Reviews);
        return new Dashboard(calculator.For(""), calculator.Children(""), calculator.Forecast(), calculator.StreakDays(),
            today, left.NewCards, left.Reviews);
    }
}
