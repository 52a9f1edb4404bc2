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

    /// <summary>
    /// My activity over my own days (my profile's time zone and day start): answers, accuracy, time, new cards, reviews and
    /// points by day, week or month, the range's totals, and every day of the range for a heatmap.
    /// </summary>
    /// <param name="from">First day; default 29 days before <paramref name="to"/>.</param>
    /// <param name="to">Last day, inclusive; default today. At most 366 days from <paramref name="from"/>.</param>
    /// <param name="bucket"><c>day</c> (default), <c>week</c> (ISO, from Monday) or <c>month</c>.</param>
    /// <param name="node">A hierarchy path to limit the report to; null for everything.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The report.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <see cref="ErrorCodes.RangeTooLong"/> or <c>validation_failed</c>, 404 <c>not_found</c> (no such node).</exception>
    [Get("/api/v1/progress/activity")]
    Task<ActivityReport> GetActivityAsync([Query(Format = "yyyy-MM-dd")] DateOnly? from = null, [Query(Format = "yyyy-MM-dd")] DateOnly? to = null,
        [Query] ActivityBucket? bucket = null, [Query] string? node = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// My weekly or monthly report (my profile's time zone and day start): the period's totals and the change from the
    /// period before, the best day, every day for a heatmap, averages per active day and answer, and the 24 local hours
    /// of the day with answers and accuracy.
    /// </summary>
    /// <param name="period"><c>week</c> (ISO, Monday to Sunday; default) or <c>month</c>.</param>
    /// <param name="date">Any day of the period; default today (the period in progress, <c>complete: false</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The report.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c> (a date outside 1970–9000).</exception>
    [Get("/api/v1/progress/report")]
    Task<StudyReport> GetStudyReportAsync([Query] ReportPeriod? period = null, [Query(Format = "yyyy-MM-dd")] DateOnly? date = null,
        CancellationToken cancellationToken = default);

    /// <summary>My estimated ability θ per topic (item response theory, EAP) with its standard error.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The ability report.</returns>
    [Get("/api/v1/progress/ability")]
    Task<AbilityReport> GetAbilityAsync(CancellationToken cancellationToken = default);
}
