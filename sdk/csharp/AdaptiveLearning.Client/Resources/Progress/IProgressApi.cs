using AdaptiveLearning.Client.Models;
using Refit;

namespace AdaptiveLearning.Client.Resources.Progress;

/// <summary>How far I have come: <c>/api/v1/progress</c>.</summary>
[Headers("Authorization: Bearer")]
public interface IProgressApi
{
    /// <summary>My progress on a node and each of its children: coverage, accuracy, mastery, due cards, forecast and streak.</summary>
    /// <param name="node">A hierarchy path; null for the whole bank.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The report.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>, 404 <c>not_found</c>.</exception>
    [Get("/api/v1/progress")]
    Task<ProgressReport> GetProgressAsync([Query] string? node = null, CancellationToken cancellationToken = default);

    /// <summary>My overview: every topic's progress, today's work done and left, the 30-day forecast and my streak.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The dashboard.</returns>
    [Get("/api/v1/progress/dashboard")]
    Task<Dashboard> GetDashboardAsync(CancellationToken cancellationToken = default);

    /// <summary>My estimated ability θ per topic (item response theory, EAP) with its standard error.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The ability report.</returns>
    [Get("/api/v1/progress/ability")]
    Task<AbilityReport> GetAbilityAsync(CancellationToken cancellationToken = default);
}
