using AdaptiveLearning.Client.Models;
using Refit;

namespace AdaptiveLearning.Client.Resources.Leaderboards;

/// <summary>Points leaderboards: <c>/api/v1/leaderboards</c>.</summary>
[Headers("Authorization: Bearer")]
public interface ILeaderboardsApi
{
    /// <summary>
    /// The points board of this week (ISO week, from Monday 00:00 UTC), this UTC month or all time, for everyone or one
    /// of my groups, with my own place even when it is below the entries shown. Learners who hid themselves are neither
    /// shown nor counted; only display names are shown.
    /// </summary>
    /// <param name="period">week, month or all (all time).</param>
    /// <param name="groupId">Only this group's members (I must be one); null for everyone.</param>
    /// <param name="limit">How many places to show, 1-100 (default 10).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The board and my place.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>; 404 <c>not_found</c> for a group I am not in.</exception>
    [Get("/api/v1/leaderboards/{period}")]
    Task<LeaderboardView> GetLeaderboardAsync(LeaderboardPeriod period, Guid? groupId = null, int? limit = null,
        CancellationToken cancellationToken = default);
}
