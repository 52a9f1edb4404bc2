using AdaptiveLearning.Client.Models;
using Refit;

namespace AdaptiveLearning.Client.Resources.Badges;

/// <summary>Badges: the catalogue with my progress, the badges I hold, and their definitions (admins).</summary>
[Headers("Authorization: Bearer")]
public interface IBadgesApi
{
    /// <summary>The badges I can earn, each with whether I hold it and my current value toward its threshold.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Every badge still awarded, with my progress.</returns>
    [Get("/api/v1/badges")]
    Task<BadgeCatalogue> ListBadgesAsync(CancellationToken cancellationToken = default);

    /// <summary>The badges I hold, newest first.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>My badges with when I earned them.</returns>
    [Get("/api/v1/users/me/badges")]
    Task<MyBadges> ListMyBadgesAsync(CancellationToken cancellationToken = default);

    /// <summary>Every badge definition with its criteria (admins).</summary>
    /// <param name="includeRetired">Also list retired badges.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The definitions.</returns>
    /// <exception cref="AdaptiveLearningApiException">403 <c>forbidden</c> for anyone but an admin.</exception>
    [Get("/api/v1/admin/badges")]
    Task<List<BadgeView>> ListBadgeDefinitionsAsync([Query] bool? includeRetired = null, CancellationToken cancellationToken = default);

    /// <summary>Adds a badge (admins).</summary>
    /// <param name="request">Key, name, description, icon, category, rarity and the criteria that earn it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The badge as stored.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c> or <c>unknown_metric</c>; 403 <c>forbidden</c>; 409 <c>badge_key_taken</c>.</exception>
    [Post("/api/v1/admin/badges")]
    Task<BadgeView> CreateBadgeAsync([Body] CreateBadgeRequest request, CancellationToken cancellationToken = default);

    /// <summary>Changes a badge, retires it or brings it back; earned badges are kept (admins).</summary>
    /// <param name="key">The badge's key.</param>
    /// <param name="request">The fields to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The badge as stored.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c> or <c>unknown_metric</c>; 403 <c>forbidden</c>; 404 <c>not_found</c>.</exception>
    [Patch("/api/v1/admin/badges/{key}")]
    Task<BadgeView> UpdateBadgeAsync(string key, [Body] UpdateBadgeRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes a badge nobody holds; one that somebody holds is retired instead (admins).</summary>
    /// <param name="key">The badge's key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="AdaptiveLearningApiException">403 <c>forbidden</c>; 404 <c>not_found</c>.</exception>
    [Delete("/api/v1/admin/badges/{key}")]
    Task DeleteBadgeAsync(string key, CancellationToken cancellationToken = default);
}
