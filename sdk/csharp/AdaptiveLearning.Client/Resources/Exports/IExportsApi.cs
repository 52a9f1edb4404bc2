using AdaptiveLearning.Client.Models;
using Refit;

namespace AdaptiveLearning.Client.Resources.Exports;

/// <summary>Exports of the question bank as a zip in the import format: <c>/api/v1/exports</c> (authors, reviewers and admins).</summary>
[Headers("Authorization: Bearer")]
public interface IExportsApi
{
    /// <summary>Starts an export job in the background; poll <see cref="GetExportAsync"/>, then download with <see cref="GetExportFileAsync"/>.</summary>
    /// <param name="request">The subtree (<c>node</c>), the question status and the format (<c>json</c>), each optional.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The queued job.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>, 403 <c>forbidden</c>, 404 <c>not_found</c> (no such node), 429 <c>too_many_jobs</c>.</exception>
    [Post("/api/v1/exports")]
    Task<ExportJobView> StartExportAsync([Body] StartExportRequest request, CancellationToken cancellationToken = default);

    /// <summary>An export job's status and, once finished, its counts or error. Only its creator and admins see it.</summary>
    /// <param name="id">The job id returned by <see cref="StartExportAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c>.</exception>
    [Get("/api/v1/exports/{id}")]
    Task<ExportJobView> GetExportAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The finished export's zip; dispose the stream when done.</summary>
    /// <param name="id">The job id returned by <see cref="StartExportAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The zip's bytes as they arrive.</returns>
    /// <exception cref="AdaptiveLearningApiException">409 <see cref="ErrorCodes.ExportNotReady"/> until it has succeeded, 404 <see cref="ErrorCodes.ExportExpired"/> after its retention, 404 <c>not_found</c>.</exception>
    [Get("/api/v1/exports/{id}/file")]
    Task<Stream> GetExportFileAsync(Guid id, CancellationToken cancellationToken = default);
}
