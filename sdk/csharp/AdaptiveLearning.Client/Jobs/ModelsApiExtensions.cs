using AdaptiveLearning.Client.Models;
using AdaptiveLearning.Client.Resources.Models;

namespace AdaptiveLearning.Client;

/// <summary>Conveniences over <see cref="IModelsApi"/>.</summary>
public static class ModelsApiExtensions
{
    /// <summary>Polls a training job until it has finished, successfully or not, and returns it.</summary>
    /// <param name="models">The models area, such as <c>client.Models</c>.</param>
    /// <param name="id">The job id returned by <see cref="IModelsApi.TrainCorrectnessModelAsync"/>.</param>
    /// <param name="polling">Interval and overall timeout; null for one second and ten minutes.</param>
    /// <param name="cancellationToken">Stops waiting (the job keeps running on the server).</param>
    /// <returns>The finished job: its model when it succeeded, <c>ErrorCode</c> and <c>Error</c> when it failed.</returns>
    /// <exception cref="AdaptiveLearningApiException"><see cref="ErrorCodes.Timeout"/> when it is still running after <see cref="JobPolling.Timeout"/>; 403 <c>forbidden</c>, 404 <c>not_found</c>.</exception>
    public static Task<TrainingJob> WaitForCompletionAsync(this IModelsApi models, Guid id, JobPolling? polling = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(models);
        return JobWaiter.WaitAsync(ct => models.GetTrainingJobAsync(id, ct), job => job.FinishedAt is not null, "training job", polling, cancellationToken);
    }
}
