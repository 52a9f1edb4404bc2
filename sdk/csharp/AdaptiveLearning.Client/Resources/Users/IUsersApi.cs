using AdaptiveLearning.Client.Models;
using Refit;

namespace AdaptiveLearning.Client.Resources.Users;

/// <summary>The signed-in user's account: <c>/api/v1/users/me</c>.</summary>
[Headers("Authorization: Bearer")]
public interface IUsersApi
{
    /// <summary>My profile and learning settings.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The profile of the signed-in user.</returns>
    [Get("/api/v1/users/me")]
    Task<UserProfile> GetMeAsync(CancellationToken cancellationToken = default);

    /// <summary>My points (total and today), my level with the progress to the next, and a page of my points ledger, newest first.</summary>
    /// <param name="cursor">The <see cref="PointsReport.NextCursor"/> of the previous page, for older ledger rows.</param>
    /// <param name="limit">Ledger rows per page, 1-100 (default 20).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The points report.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c> (a cursor this API did not return).</exception>
    [Get("/api/v1/users/me/points")]
    Task<PointsReport> GetPointsAsync([Query] string? cursor = null, [Query] int? limit = null, CancellationToken cancellationToken = default);

    /// <summary>My study streak in my time zone and day start: current and longest, freezes held and spent, and the days they covered.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The streak.</returns>
    [Get("/api/v1/users/me/streak")]
    Task<StreakReport> GetStreakAsync(CancellationToken cancellationToken = default);

    /// <summary>My points today, this week, this month and in all, my level, my streak and freezes, and my badge count, in my time zone.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The summary.</returns>
    [Get("/api/v1/users/me/gamification")]
    Task<Gamification> GetGamificationAsync(CancellationToken cancellationToken = default);

    /// <summary>My in-app notifications (reminders such as due reviews or a streak at risk), newest first, with my unread count.</summary>
    /// <param name="cursor">The <see cref="NotificationFeed.NextCursor"/> of the previous page, for older notifications.</param>
    /// <param name="limit">Notifications per page, 1-100 (default 20).</param>
    /// <param name="unread">True for unread notifications only.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A page of the feed and the number of unread notifications.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c> (a cursor this API did not return, a limit out of range).</exception>
    [Get("/api/v1/users/me/notifications")]
    Task<NotificationFeed> ListNotificationsAsync([Query] string? cursor = null, [Query] int? limit = null, [Query] bool? unread = null,
        CancellationToken cancellationToken = default);

    /// <summary>Marks one of my notifications read; marking it again keeps the first time.</summary>
    /// <param name="id">The notification's <see cref="NotificationView.Id"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when it is marked.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c> (no such notification of mine).</exception>
    [Post("/api/v1/users/me/notifications/{id}/read")]
    Task MarkNotificationReadAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Marks all my notifications read.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when they are marked.</returns>
    [Post("/api/v1/users/me/notifications/read-all")]
    Task MarkAllNotificationsReadAsync(CancellationToken cancellationToken = default);

    /// <summary>Where each type of notification reaches me (in-app, email) and my quiet hours, in my profile time zone.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>My preferences (the defaults until I change them).</returns>
    [Get("/api/v1/users/me/notification-preferences")]
    Task<NotificationPreferencesView> GetNotificationPreferencesAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces my notification preferences; a type left out of the channels gets its default back.</summary>
    /// <param name="request">Channels per type and quiet hours (null for none).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The preferences now in force.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c> with field errors (a time not HH:mm, equal start and end, a type twice).</exception>
    [Put("/api/v1/users/me/notification-preferences")]
    Task<NotificationPreferencesView> UpdateNotificationPreferencesAsync([Body] UpdateNotificationPreferencesRequest request,
        CancellationToken cancellationToken = default);

    /// <summary>Changes my display name, time zone, language or learning settings; fields left null stay as they are.</summary>
    /// <param name="request">The fields to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated profile.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c> with field errors.</exception>
    [Patch("/api/v1/users/me")]
    Task<UserProfile> UpdateMeAsync([Body] UpdateMeRequest request, CancellationToken cancellationToken = default);

    /// <summary>Erases my account and all my learning data.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the account is gone.</returns>
    [Delete("/api/v1/users/me")]
    Task DeleteMeAsync(CancellationToken cancellationToken = default);

    /// <summary>Everything stored about me, as one JSON document.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The export.</returns>
    [Get("/api/v1/users/me/export")]
    Task<PersonalDataExport> ExportMeAsync(CancellationToken cancellationToken = default);

    /// <summary>My review log in the columns FSRS tools read (card id, rating 1-4, review time, duration in ms), oldest first.</summary>
    /// <remarks>The SDK asks for JSON; the same rows come as CSV from <c>GET /api/v1/users/me/review-log</c> without <c>format</c>.</remarks>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One row per review.</returns>
    [Get("/api/v1/users/me/review-log?format=json")]
    Task<List<ReviewLogRow>> GetReviewLogAsync(CancellationToken cancellationToken = default);

    /// <summary>Starts turning on two-step sign-in: a new authenticator secret, active once <see cref="ConfirmTotpAsync"/> succeeds.</summary>
    /// <param name="request">The current password.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The base32 secret and an <c>otpauth://</c> URI to show as a QR code.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c> (wrong password), 409 <c>conflict</c> (already on), 429 <c>login_throttled</c>.</exception>
    [Post("/api/v1/users/me/mfa/totp")]
    Task<TotpEnrollment> EnrollTotpAsync([Body] EnrollTotpRequest request, CancellationToken cancellationToken = default);

    /// <summary>Turns two-step sign-in on with a code from the new authenticator.</summary>
    /// <param name="request">The 6-digit code the authenticator shows.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Ten single-use recovery codes: show them to the user now, they are never returned again.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c> (wrong code), 409 <c>conflict</c> (nothing to confirm), 429 <c>login_throttled</c>.</exception>
    [Post("/api/v1/users/me/mfa/totp/confirm")]
    Task<TotpRecoveryCodes> ConfirmTotpAsync([Body] ConfirmTotpRequest request, CancellationToken cancellationToken = default);

    /// <summary>Turns two-step sign-in off; every other session of the account is signed out.</summary>
    /// <remarks>The old tokens stop working: store the returned ones (the client's <c>DisableTotpAndKeepSessionAsync</c> does).</remarks>
    /// <param name="request">The password and either an authenticator code or a recovery code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>New tokens for this session.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c> (wrong password or code), 409 <c>conflict</c> (not on), 429 <c>login_throttled</c>.</exception>
    [Post("/api/v1/users/me/mfa/totp/disable")]
    Task<TokenResponse> DisableTotpAsync([Body] DisableTotpRequest request, CancellationToken cancellationToken = default);

    /// <summary>The external providers I can sign in with.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One entry per linked provider identity, oldest first.</returns>
    [Get("/api/v1/users/me/external-logins")]
    Task<List<ExternalLoginView>> ListExternalLoginsAsync(CancellationToken cancellationToken = default);

    /// <summary>Unlinks an external provider from my account.</summary>
    /// <param name="id">The id from <see cref="ListExternalLoginsAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the link is gone.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c>, 409 <c>last_sign_in_method</c> (the account has no password and no other link).</exception>
    [Delete("/api/v1/users/me/external-logins/{id}")]
    Task RemoveExternalLoginAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Changes my password; every other device is signed out, this one gets new tokens.</summary>
    /// <param name="request">The current and the new password.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>New tokens for this device: store them, the old ones no longer work.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c> (wrong current password, weak new one); 429 <c>login_throttled</c>.</exception>
    [Post("/api/v1/users/me/password")]
    Task<TokenResponse> ChangePasswordAsync([Body] ChangePasswordRequest request, CancellationToken cancellationToken = default);

    /// <summary>Mails me a new link to verify my email address.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the mail is queued.</returns>
    /// <exception cref="AdaptiveLearningApiException">409 <c>email_already_verified</c>; 429 <c>rate_limited</c> after a few mails an hour.</exception>
    [Post("/api/v1/users/me/email/verification")]
    Task ResendVerificationAsync(CancellationToken cancellationToken = default);

    /// <summary>Asks to move my account to a new address: a link goes to it, a notice to the current one; nothing changes until the link is used.</summary>
    /// <param name="request">The new address and my current password.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the mails are queued.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>; 409 <c>email_taken</c>; 429 <c>rate_limited</c> or <c>login_throttled</c>.</exception>
    [Post("/api/v1/users/me/email")]
    Task ChangeEmailAsync([Body] ChangeEmailRequest request, CancellationToken cancellationToken = default);

    /// <summary>My signed-in devices, most recently used first; the calling one is marked current.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The devices.</returns>
    [Get("/api/v1/users/me/sessions")]
    Task<SignedInSessionList> ListSessionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Signs one of my devices out (its refresh token stops at once).</summary>
    /// <param name="id">The session id from <see cref="ListSessionsAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the session is revoked.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c>, also for another user's session.</exception>
    [Delete("/api/v1/users/me/sessions/{id}")]
    Task RevokeSessionAsync(Guid id, CancellationToken cancellationToken = default);
}
