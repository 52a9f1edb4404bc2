using AdaptiveLearning.Client.Models;
using Refit;

namespace AdaptiveLearning.Client.Resources.Admin;

/// <summary>Administration, for admins only: <c>/api/v1/admin/users</c> and the security audit log <c>/api/v1/admin/audit</c>.</summary>
[Headers("Authorization: Bearer")]
public interface IAdminApi
{
    /// <summary>Accounts, searched and filtered, a page at a time in registration order.</summary>
    /// <param name="q">Text found anywhere in the email, username or display name.</param>
    /// <param name="role">Only accounts with this role.</param>
    /// <param name="active">Only active (true) or only deactivated (false) accounts.</param>
    /// <param name="cursor">The <see cref="ManagedUserPage.NextCursor"/> of the previous page.</param>
    /// <param name="limit">Page size (default 50).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One page and the cursor of the next one (null on the last).</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>, 403 <c>forbidden</c>.</exception>
    [Get("/api/v1/admin/users")]
    Task<ManagedUserPage> ListUsersAsync([Query] string? q = null, [Query] Role? role = null, [Query] bool? active = null,
        [Query] string? cursor = null, [Query] int? limit = null, CancellationToken cancellationToken = default);

    /// <summary>One account with its role and activity.</summary>
    /// <param name="id">The account id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The account.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c>.</exception>
    [Get("/api/v1/admin/users/{id}")]
    Task<ManagedUser> GetUserAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Changes an account's role or activity; its access and refresh tokens stop working at once.</summary>
    /// <param name="id">The account id.</param>
    /// <param name="request">The new role, activity or both.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The account after the change.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>, 404 <c>not_found</c>, 409 <c>last_admin</c>, 422 <c>email_unverified</c> (a staff role for an account whose email is not verified).</exception>
    [Patch("/api/v1/admin/users/{id}")]
    Task<ManagedUser> UpdateUserAsync(Guid id, [Body] UpdateUserRequest request, CancellationToken cancellationToken = default);

    /// <summary>The security audit log, newest first, a page at a time.</summary>
    /// <param name="userId">Only entries about this account.</param>
    /// <param name="kind">Only entries of this kind.</param>
    /// <param name="from">Entries at or after this time.</param>
    /// <param name="to">Entries before this time.</param>
    /// <param name="cursor">The <see cref="AuditLogPage.NextCursor"/> of the previous page.</param>
    /// <param name="limit">Page size (default 100).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One page and the cursor of the next (older) one.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>.</exception>
    [Get("/api/v1/admin/audit")]
    Task<AuditLogPage> ListAuditLogAsync([Query] Guid? userId = null, [Query] AuditKind? kind = null,
        [Query(Format = "O")] DateTimeOffset? from = null, [Query(Format = "O")] DateTimeOffset? to = null,
        [Query] string? cursor = null, [Query] int? limit = null, CancellationToken cancellationToken = default);

    /// <summary>Every matching audit entry in one response, newest first.</summary>
    /// <remarks>The SDK asks for JSON; the same rows come as CSV from <c>GET /api/v1/admin/audit/export</c> without <c>format</c>.</remarks>
    /// <param name="userId">Only entries about this account.</param>
    /// <param name="kind">Only entries of this kind.</param>
    /// <param name="from">Entries at or after this time.</param>
    /// <param name="to">Entries before this time.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entries.</returns>
    [Get("/api/v1/admin/audit/export?format=json")]
    Task<List<AuditLogEntry>> ExportAuditLogAsync([Query] Guid? userId = null, [Query] AuditKind? kind = null,
        [Query(Format = "O")] DateTimeOffset? from = null, [Query(Format = "O")] DateTimeOffset? to = null,
        CancellationToken cancellationToken = default);

    /// <summary>Recomputes learners' points from the attempt log with the current rules and reports every ledger or badge that differs; changes nothing.</summary>
    /// <param name="request">One learner (userId), or a page of learners after an account id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The learners that differ, and where to continue.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>; 403 <c>forbidden</c>.</exception>
    [Post("/api/v1/admin/engagement/rebuild")]
    Task<EngagementRebuildReport> RebuildEngagementAsync([Body] RebuildEngagementRequest request, CancellationToken cancellationToken = default);
}
