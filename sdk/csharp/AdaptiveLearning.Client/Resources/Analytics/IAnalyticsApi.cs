using AdaptiveLearning.Client.Models;
using Refit;

namespace AdaptiveLearning.Client.Resources.Analytics;

/// <summary>Item statistics for content teams: <c>/api/v1/analytics</c> (authors, reviewers and admins; refreshing is for admins).</summary>
[Headers("Authorization: Bearer")]
public interface IAnalyticsApi
{
    /// <summary>Questions the item statistics flag as weak, each flag with the numbers behind it.</summary>
    /// <param name="node">A hierarchy path: questions at or below it.</param>
    /// <param name="sort"><c>flags</c> (default), <c>discrimination</c>, <c>proportion_correct</c>, <c>leech_rate</c> or <c>attempts</c>; the most worrying first.</param>
    /// <param name="minAttempts">Only questions whose current version has at least this many counted answers.</param>
    /// <param name="cursor">The <see cref="WeakItemsPage.NextCursor"/> of the previous page (same sort).</param>
    /// <param name="limit">Page size, 1-200 (default 50).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One page, the cursor of the next one (null on the last) and when the statistics were computed.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>, 403 <c>forbidden</c>.</exception>
    [Get("/api/v1/analytics/items")]
    Task<WeakItemsPage> ListWeakItemsAsync([Query] string? node = null, [Query] string? sort = null, [Query] int? minAttempts = null,
        [Query] string? cursor = null, [Query] int? limit = null, CancellationToken cancellationToken = default);

    /// <summary>Brings the statistics up to date in the background; while a run waits, every request gets that run (admins).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job to poll with <see cref="GetItemStatsJobAsync"/>.</returns>
    /// <exception cref="AdaptiveLearningApiException">403 <c>forbidden</c>.</exception>
    [Post("/api/v1/analytics/items/refresh")]
    Task<ItemStatsJobView> RefreshItemStatsAsync(CancellationToken cancellationToken = default);

    /// <summary>An item statistics job: queued, running, succeeded (with what it counted) or failed (admins).</summary>
    /// <param name="id">The job id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job.</returns>
    /// <exception cref="AdaptiveLearningApiException">403 <c>forbidden</c>, 404 <c>not_found</c>.</exception>
    [Get("/api/v1/analytics/items/jobs/{id}")]
    Task<ItemStatsJobView> GetItemStatsJobAsync(Guid id, CancellationToken cancellationToken = default);
}
