using AdaptiveLearning.Client.Models;
using Refit;

namespace AdaptiveLearning.Client.Resources.Imports;

/// <summary>Bulk question imports in the content teams' JSON format: <c>/api/v1/imports</c> (authors and admins).</summary>
[Headers("Authorization: Bearer")]
public interface IImportsApi
{
    /// <summary>Uploads question files and starts an import job in the background; poll <see cref="GetImportAsync"/> for its report.</summary>
    /// <param name="request">The files (named <c>topic__subtopic__leaf__facet.json</c> or <c>_hierarchy.json</c>), and whether to publish or only validate.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The queued job.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>, 403 <c>forbidden</c>, 413 <c>payload_too_large</c>.</exception>
    [Post("/api/v1/imports")]
    Task<ImportJobView> StartImportAsync([Body] StartImportRequest request, CancellationToken cancellationToken = default);

    /// <summary>An import job's status and, once finished, its report (counts per file and every problem found).</summary>
    /// <param name="id">The job id returned by <see cref="StartImportAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c>.</exception>
    [Get("/api/v1/imports/{id}")]
    Task<ImportJobView> GetImportAsync(Guid id, CancellationToken cancellationToken = default);
}
