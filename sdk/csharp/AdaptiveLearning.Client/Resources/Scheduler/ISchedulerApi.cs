using AdaptiveLearning.Client.Models;
using Refit;

namespace AdaptiveLearning.Client.Resources.Scheduler;

/// <summary>My spaced-repetition scheduler: <c>/api/v1/users/me/scheduler</c>.</summary>
[Headers("Authorization: Bearer")]
public interface ISchedulerApi
{
    /// <summary>Fits my own FSRS-6 parameters on my review log and schedules my cards with them from now on (defaults when the log is short).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The parameters now in use and how well they fit.</returns>
    [Post("/api/v1/users/me/scheduler/optimize")]
    Task<SchedulerParameters> OptimizeSchedulerAsync(CancellationToken cancellationToken = default);

    /// <summary>Forecasts how many reviews a day my current cards would need at a given desired retention.</summary>
    /// <param name="request">Desired retention, days to simulate and new cards per day.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Reviews per day.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>.</exception>
    [Post("/api/v1/users/me/scheduler/simulate")]
    Task<WorkloadForecast> SimulateWorkloadAsync([Body] SimulateWorkloadRequest request, CancellationToken cancellationToken = default);
}
