namespace AdaptiveLearning.Client;

/// <summary>
/// Every <see cref="AdaptiveLearningApiException.Code"/> the SDK can report: the API's documented codes, which never
/// change once published, and the SDK's own codes for failures without a problem document. A response that is not a
/// problem document reports <c>http_&lt;status&gt;</c>, such as <c>http_502</c>.
/// </summary>
/// <example><code>
/// catch (AdaptiveLearningApiException e) when (e.Code == ErrorCodes.EmailTaken) { … }
/// </code></example>
public static class ErrorCodes
{
    /// <summary>400: one or more fields are invalid; see <see cref="AdaptiveLearningApiException.Errors"/>.</summary>
    public const string ValidationFailed = "validation_failed";

    /// <summary>400: the request body could not be read.</summary>
    public const string MalformedRequest = "malformed_request";

    /// <summary>401: the call needs a signed-in user.</summary>
    public const string Unauthenticated = "unauthenticated";

    /// <summary>401: the login or password is wrong.</summary>
    public const string InvalidCredentials = "invalid_credentials";

    /// <summary>401: the refresh token is invalid or expired.</summary>
    public const string InvalidRefreshToken = "invalid_refresh_token";

    /// <summary>401: the refresh token was already used; its whole session has been revoked.</summary>
    public const string RefreshTokenReused = "refresh_token_reused";

    /// <summary>403: the signed-in user may not do this.</summary>
    public const string Forbidden = "forbidden";

    /// <summary>404: the resource does not exist (or belongs to someone else).</summary>
    public const string NotFound = "not_found";

    /// <summary>409: the request conflicts with the current state, such as a hierarchy code already taken.</summary>
    public const string Conflict = "conflict";

    /// <summary>409: an account with this email already exists.</summary>
    public const string EmailTaken = "email_taken";

    /// <summary>409: an account with this username already exists.</summary>
    public const string UsernameTaken = "username_taken";

    /// <summary>409: the session has ended; start a new one.</summary>
    public const string SessionEnded = "session_ended";

    /// <summary>409: this client attempt id was already used for another question.</summary>
    public const string AttemptIdReused = "attempt_id_reused";

    /// <summary>409: the card has no answer left to undo.</summary>
    public const string NothingToUndo = "nothing_to_undo";

    /// <summary>422: there is nothing to study in this scope.</summary>
    public const string NothingToStudy = "nothing_to_study";

    /// <summary>422: the learner already has the most goals allowed (20); delete one first.</summary>
    public const string TooManyGoals = "too_many_goals";

    /// <summary>400: badge criteria name a metric badges cannot be judged on (field <c>criteria.metric</c>).</summary>
    public const string UnknownMetric = "unknown_metric";

    /// <summary>409: a badge with this key already exists (retired badges keep their keys).</summary>
    public const string BadgeKeyTaken = "badge_key_taken";

    /// <summary>404: no group has this invite code (it may have been replaced).</summary>
    public const string InvalidInviteCode = "invalid_invite_code";

    /// <summary>422: the group already has the most members allowed (50).</summary>
    public const string GroupFull = "group_full";

    /// <summary>409: the owner cannot leave their group; delete it instead.</summary>
    public const string OwnerCannotLeave = "owner_cannot_leave";

    /// <summary>403: the member does not share their progress with the group.</summary>
    public const string ProgressNotShared = "progress_not_shared";

    /// <summary>422: the goal's target date has come; there is nothing left to plan.</summary>
    public const string GoalEnded = "goal_ended";

    /// <summary>422: the question does not exist or is not published.</summary>
    public const string QuestionUnavailable = "question_unavailable";

    /// <summary>422: there is not enough data to fit this model yet.</summary>
    public const string NotEnoughData = "not_enough_data";

    /// <summary>422: the card has never been studied, so it has no schedule.</summary>
    public const string CardNotStudied = "card_not_studied";

    /// <summary>413: the request body is too large.</summary>
    public const string PayloadTooLarge = "payload_too_large";

    /// <summary>415: the request body has a media type the operation does not accept.</summary>
    public const string UnsupportedMediaType = "unsupported_media_type";

    /// <summary>422: the request breaks a business rule.</summary>
    public const string RuleViolated = "rule_violated";

    /// <summary>422: the resource cannot move to that state from its current one.</summary>
    public const string InvalidTransition = "invalid_transition";

    /// <summary>429: reserved; servers no longer lock whole accounts (see <see cref="LoginThrottled"/>).</summary>
    public const string AccountLocked = "account_locked";

    /// <summary>429: this client failed to sign in to this account too often; wait for <c>Retry-After</c>.</summary>
    public const string LoginThrottled = "login_throttled";

    /// <summary>429: you already run the most background jobs allowed; wait for one to finish.</summary>
    public const string TooManyJobs = "too_many_jobs";

    /// <summary>409: the import has already finished; there is nothing to cancel.</summary>
    public const string ImportFinished = "import_finished";

    /// <summary>409: the export has no file yet (still queued or running) or never will (it did not succeed).</summary>
    public const string ExportNotReady = "export_not_ready";

    /// <summary>404: the export's file was removed after its retention period; start a new export.</summary>
    public const string ExportExpired = "export_expired";

    /// <summary>414: the URL is too long.</summary>
    public const string UriTooLong = "uri_too_long";

    /// <summary>405: the route does not accept this method.</summary>
    public const string MethodNotAllowed = "method_not_allowed";

    /// <summary>429: too many requests; slow down.</summary>
    public const string RateLimited = "rate_limited";

    /// <summary>500: something went wrong on the server; quote <see cref="AdaptiveLearningApiException.TraceId"/>.</summary>
    public const string InternalError = "internal_error";

    /// <summary>503: a dependency of the API is unavailable; try again shortly.</summary>
    public const string Unavailable = "unavailable";

    /// <summary>401: the access token was revoked (account deactivated or role changed); sign in again.</summary>
    public const string TokenRevoked = "token_revoked";

    /// <summary>401: the account was deactivated by an administrator.</summary>
    public const string AccountDeactivated = "account_deactivated";

    /// <summary>401: the API key is not one this service issued (malformed, unknown, or a wrong secret).</summary>
    public const string InvalidApiKey = "invalid_api_key";

    /// <summary>401: the API key was revoked by an admin.</summary>
    public const string ApiKeyRevoked = "api_key_revoked";

    /// <summary>401: the API key expired, or the grace period after its rotation ended.</summary>
    public const string ApiKeyExpired = "api_key_expired";

    /// <summary>401: the API key's service account was deactivated by an admin.</summary>
    public const string ServiceAccountDeactivated = "service_account_deactivated";

    /// <summary>403: the API key's scopes do not open this route (personal and admin routes are never open to keys).</summary>
    public const string InsufficientScope = "insufficient_scope";

    /// <summary>409: the last active admin cannot be demoted or deactivated.</summary>
    public const string LastAdmin = "last_admin";

    /// <summary>422: the last editor of a question cannot approve their own change; another reviewer must.</summary>
    public const string SelfApproval = "self_approval";

    /// <summary>422: the question must be submitted and approved by a reviewer before it is published (review is required).</summary>
    public const string ReviewRequired = "review_required";

    /// <summary>412: the resource changed since the ETag sent in If-Match was read; read it again and retry.</summary>
    public const string PreconditionFailed = "precondition_failed";

    /// <summary>404: the question exists but has no version with that number.</summary>
    public const string VersionNotFound = "version_not_found";

    /// <summary>401: the password is right; finish signing in with a code (thrown as <see cref="AdaptiveLearningMfaRequiredException"/>).</summary>
    public const string MfaRequired = "mfa_required";

    /// <summary>401: the sign-in challenge is unknown, used, expired or spent by wrong codes; log in again.</summary>
    public const string InvalidMfaChallenge = "invalid_mfa_challenge";

    /// <summary>401: the authenticator or recovery code is wrong or was already used; the challenge may be tried again.</summary>
    public const string InvalidMfaCode = "invalid_mfa_code";

    /// <summary>403: the server requires admins to use two-step sign-in; enrol, confirm, then refresh or sign in again.</summary>
    public const string MfaEnrolmentRequired = "mfa_enrolment_required";

    /// <summary>404: no external sign-in provider of this name is configured on the server.</summary>
    public const string ExternalProviderUnknown = "external_provider_unknown";

    /// <summary>400: the returnUrl is not on the server's allow-list.</summary>
    public const string ReturnUrlNotAllowed = "return_url_not_allowed";

    /// <summary>400: the external sign-in state is unknown, expired or already used; start again.</summary>
    public const string ExternalStateInvalid = "external_state_invalid";

    /// <summary>In <c>?error=</c> at the returnUrl: the provider did not confirm who signed in (declined, or its token failed a check).</summary>
    public const string ExternalSignInFailed = "external_sign_in_failed";

    /// <summary>In <c>?error=</c> at the returnUrl: an account has this email but the provider has not verified it, so it is not linked.</summary>
    public const string ExternalEmailUnverified = "external_email_unverified";

    /// <summary>In <c>?error=</c> at the returnUrl: the provider shared no email, which a new account needs.</summary>
    public const string ExternalEmailMissing = "external_email_missing";

    /// <summary>401: the one-time external sign-in code is unknown, expired, used, or its verifier does not match.</summary>
    public const string InvalidExternalCode = "invalid_external_code";

    /// <summary>409: unlinking this provider would leave the account without a way to sign in.</summary>
    public const string LastSignInMethod = "last_sign_in_method";

    /// <summary>503 (or <c>?error=</c> at the returnUrl): the external provider cannot be reached; try again shortly.</summary>
    public const string ExternalProviderUnavailable = "external_provider_unavailable";

    /// <summary>400: the mailed link's token is invalid, has expired or was already used; ask for a new mail.</summary>
    public const string InvalidAccountToken = "invalid_account_token";

    /// <summary>422: the account's email address is not verified (needed for staff roles, and for learners where the server requires it).</summary>
    public const string EmailUnverified = "email_unverified";

    /// <summary>409: the account's email address is already verified.</summary>
    public const string EmailAlreadyVerified = "email_already_verified";

    /// <summary>422: a webhook URL must use https and point to a public address (loopback, private and link-local targets are refused).</summary>
    public const string WebhookUrlNotAllowed = "webhook_url_not_allowed";

    /// <summary>400: a report's date range is longer than 366 days; ask for a shorter one.</summary>
    public const string RangeTooLong = "range_too_long";

    /// <summary>SDK: the request never got a response (DNS, connection refused or reset, TLS). Status is 0.</summary>
    public const string TransportError = "transport_error";

    /// <summary>SDK: no response within <see cref="AdaptiveLearningClientOptions.NetworkTimeout"/>, or a job did not finish in the time allowed. Status is 0 unless a response came.</summary>
    public const string Timeout = "timeout";

    /// <summary>SDK: the response arrived but its body could not be read as the expected model.</summary>
    public const string InvalidResponse = "invalid_response";
}
