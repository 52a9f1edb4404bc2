using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Application.Progress;
using AdaptiveLearning.Application.Sessions;

namespace AdaptiveLearning.Application.Progress.GetProgress;

internal sealed class GetProgressHandler(SessionLoader loader, IProgressQueries progress, IMasteryEstimator mastery, IClock clock)
    : IHandler<GetProgressQuery, ProgressReport>
{
    public static readonly TimeSpan RecentWindow = TimeSpan.FromDays(30);

    public async Task<ProgressReport> HandleAsync(GetProgressQuery request, CancellationToken ct)
    {
        var schedule = LearnerSchedule.For(await loader.LearnerAsync(request.UserId, ct));
        var path = await NodeScope.ResolveAsync(progress, request.NodePath, ct);

        var now = clock.UtcNow;
        var facts = await progress.LoadAsync(request.UserId, path.Length == 0 ? null : path, now - RecentWindow, ct);
        var calculator = new ProgressCalculator(facts, schedule, await mastery.FacetMasteryAsync(request.UserId, ct), now);
        return new ProgressReport(calculator.For(path), calculator.Children(path), calculator.Forecast(), calculator.StreakDays());
    }
}
