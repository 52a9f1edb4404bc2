using AdaptiveLearning.Application.Adaptive;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Application.Scheduler;
using AdaptiveLearning.Application.Sessions;
using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Application.Scheduler.OptimizeScheduler;

/// <summary>
/// Fits FSRS-6 on the learner's own review log (regularised toward the defaults, defaults kept below the
/// minimum number of reviews) and schedules them with the result from the next answer on.
/// </summary>
internal sealed class OptimizeSchedulerHandler(SessionLoader loader, ISchedulerQueries queries, IAdaptiveStore store, IClock clock)
    : IHandler<OptimizeSchedulerCommand, SchedulerParameters>
{
    public async Task<SchedulerParameters> HandleAsync(OptimizeSchedulerCommand request, CancellationToken ct)
    {
        var schedule = LearnerSchedule.For(await loader.LearnerAsync(request.UserId, ct));
        var histories = await queries.ReviewHistoriesAsync(request.UserId, ct);
        var fit = await Task.Run(() => new FsrsOptimizer().Fit(histories, schedule.Calendar), ct);
        await store.SaveFsrsParametersAsync(request.UserId, fit, clock.UtcNow, ct);
        return new SchedulerParameters(fit.Parameters.Values, fit.Scope, fit.ScoredReviewCount,
            Finite(fit.LogLoss), Finite(fit.DefaultLogLoss), fit.Scope != FsrsFitScope.DefaultsKept && fit.Parameters != FsrsParameters.Default);
    }

    private static double? Finite(double value) => double.IsFinite(value) ? Math.Round(value, 5) : null;
}
