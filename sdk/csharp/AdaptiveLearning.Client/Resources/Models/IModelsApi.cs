using AdaptiveLearning.Client.Models;
using Refit;

namespace AdaptiveLearning.Client.Resources.Models;

/// <summary>The adaptive engine's models: <c>/api/v1/admin/models</c> (admins only).</summary>
[Headers("Authorization: Bearer")]
public interface IModelsApi
{
    /// <summary>
    /// Starts training a new version of the correctness predictor from the attempt log; the API swaps it in when done.
    /// While a training job is still waiting to start, every request gets that job rather than queueing another.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The training job to poll with <see cref="GetTrainingJobAsync"/>.</returns>
    /// <exception cref="AdaptiveLearningApiException">403 <c>forbidden</c>.</exception>
    [Post("/api/v1/admin/models/correctness/train")]
    Task<TrainingJob> TrainCorrectnessModelAsync(CancellationToken cancellationToken = default);

    /// <summary>A training job's status and, when it succeeded, the version it produced. Any API instance answers for any job.</summary>
    /// <param name="id">The job id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job.</returns>
    /// <exception cref="AdaptiveLearningApiException">403 <c>forbidden</c>, 404 <c>not_found</c>.</exception>
    [Get("/api/v1/admin/models/correctness/jobs/{id}")]
    Task<TrainingJob> GetTrainingJobAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The correctness model being served: version, held-out metrics, stored versions and the latest job.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The model's status.</returns>
    /// <exception cref="AdaptiveLearningApiException">403 <c>forbidden</c>.</exception>
    [Get("/api/v1/admin/models/correctness")]
    Task<CorrectnessModelStatus> GetCorrectnessModelAsync(CancellationToken cancellationToken = default);

    /// <summary>Refits knowledge tracing (BKT per facet) and calibrates IRT items from the attempt log.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What was fitted.</returns>
    /// <exception cref="AdaptiveLearningApiException">403 <c>forbidden</c>.</exception>
    [Post("/api/v1/admin/models/tracing/fit")]
    Task<KnowledgeTracingFit> FitKnowledgeTracingAsync(CancellationToken cancellationToken = default);
}
