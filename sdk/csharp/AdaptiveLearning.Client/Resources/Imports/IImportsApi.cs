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

    /// <summary>My import jobs, newest first, a page at a time (admins: everyone's); see <see cref="ImportsApiExtensions.ListAllAsync"/> to read every page.</summary>
    /// <param name="state">Only jobs in this state.</param>
    /// <param name="from">Jobs created at or after this time.</param>
    /// <param name="to">Jobs created before this time.</param>
    /// <param name="author">Admins only: jobs this user started.</param>
    /// <param name="cursor">The <see cref="ImportJobPage.NextCursor"/> of the previous page.</param>
    /// <param name="limit">Page size, 1-200 (default 50).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One page and the cursor of the next (older) one, null on the last.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>, 403 <c>forbidden</c>.</exception>
    [Get("/api/v1/imports")]
    Task<ImportJobPage> ListImportsAsync([Query] ImportJobStatus? state = null, [Query(Format = "O")] DateTimeOffset? from = null,
        [Query(Format = "O")] DateTimeOffset? to = null,
        [Query] Guid? author = null, [Query] string? cursor = null, [Query] int? limit = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Cancels an import: a queued one ends <c>cancelled</c> at once; a running one is asked to stop and ends <c>cancelled</c> at its
    /// next batch (batches already written stay written). Poll <see cref="GetImportAsync"/> to see it end.
    /// </summary>
    /// <param name="id">The job id returned by <see cref="StartImportAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job after the request: cancelled, or still running with the stop requested.</returns>
    /// <exception cref="AdaptiveLearningApiException">409 <see cref="ErrorCodes.ImportFinished"/>, 404 <c>not_found</c>.</exception>
    [Post("/api/v1/imports/{id}/cancel")]
    Task<ImportJobView> CancelImportAsync(Guid id, CancellationToken cancellationToken = default);
}
