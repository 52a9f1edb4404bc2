namespace AdaptiveLearning.Application.Common;

/// <summary>The closed vocabulary of error codes. Codes are part of the public contract: never rename one.</summary>
public static class Problems
{
    public static readonly Problem ValidationFailed = new("validation_failed", "One or more fields are invalid.", ProblemKind.InvalidRequest);
    public static readonly Problem MalformedRequest = new("malformed_request", "The request body could not be read.", ProblemKind.InvalidRequest);
    public static readonly Problem Unauthenticated = new("unauthenticated", "Authentication is required.", ProblemKind.Unauthenticated);
    public static readonly Problem InvalidCredentials = new("invalid_credentials", "The login or password is wrong.", ProblemKind.Unauthenticated);
    public static readonly Problem InvalidRefreshToken = new("invalid_refresh_token", "The refresh token is invalid or expired.", ProblemKind.Unauthenticated);
    public static readonly Problem RefreshTokenReused = new("refresh_token_reused", "The refresh token was already used; its session has been revoked.", ProblemKind.Unauthenticated);
    public static readonly Problem TokenRevoked = new("token_revoked", "This access token was revoked (the account was deactivated or its role changed); sign in again.", ProblemKind.Unauthenticated);
    public static readonly Problem InvalidApiKey = new("invalid_api_key", "The API key is not valid.", ProblemKind.Unauthenticated);
    public static readonly Problem ApiKeyRevoked = new("api_key_revoked", "This API key was revoked.", ProblemKind.Unauthenticated);
    public static readonly Problem ApiKeyExpired = new("api_key_expired", "This API key has expired (or its rotation's grace period ended).", ProblemKind.Unauthenticated);
    public static readonly Problem ServiceAccountDeactivated = new("service_account_deactivated", "The API key's service account has been deactivated.", ProblemKind.Unauthenticated);
    public static readonly Problem InsufficientScope = new("insufficient_scope", "The API key's scopes do not allow this route.", ProblemKind.Forbidden);
    public static readonly Problem Forbidden = new("forbidden", "You are not allowed to do this.", ProblemKind.Forbidden);
    public static readonly Problem AccountDeactivated = new("account_deactivated", "This account has been deactivated by an administrator.", ProblemKind.Unauthenticated);
    public static readonly Problem MfaRequired = new("mfa_required", "The password is right; complete the sign-in with a second factor.", ProblemKind.Unauthenticated);
    public static readonly Problem InvalidMfaChallenge = new("invalid_mfa_challenge", "The sign-in challenge is invalid, used or expired; log in again.", ProblemKind.Unauthenticated);
    public static readonly Problem InvalidMfaCode = new("invalid_mfa_code", "The authenticator or recovery code is wrong or was already used.", ProblemKind.Unauthenticated);
    public static readonly Problem MfaEnrolmentRequired = new("mfa_enrolment_required", "Admins must turn on two-step sign-in before doing this.", ProblemKind.Forbidden);
    public static readonly Problem NotFound = new("not_found", "The resource does not exist.", ProblemKind.NotFound);
    public static readonly Problem Conflict = new("conflict", "The request conflicts with the current state.", ProblemKind.Conflict);
    public static readonly Problem EmailTaken = new("email_taken", "An account with this email already exists.", ProblemKind.Conflict);
    public static readonly Problem UsernameTaken = new("username_taken", "An account with this username already exists.", ProblemKind.Conflict);
    public static readonly Problem LastAdmin = new("last_admin", "The last active admin cannot be demoted or deactivated.", ProblemKind.Conflict);
    public static readonly Problem SessionEnded = new("session_ended", "The session has ended; start a new one.", ProblemKind.Conflict);
    public static readonly Problem AttemptIdReused = new("attempt_id_reused", "This clientAttemptId was already used for another question.", ProblemKind.Conflict);
    public static readonly Problem NothingToUndo = new("nothing_to_undo", "The card has no answer left to undo.", ProblemKind.Conflict);
    public static readonly Problem NothingToStudy = new("nothing_to_study", "There is nothing to study in this scope.", ProblemKind.RuleViolated);
    public static readonly Problem QuestionUnavailable = new("question_unavailable", "The question does not exist or is not published.", ProblemKind.RuleViolated);
    public static readonly Problem NotEnoughData = new("not_enough_data", "There is not enough data to fit this model yet.", ProblemKind.RuleViolated);
    public static readonly Problem CardNotStudied = new("card_not_studied", "The card has never been studied, so it has no schedule.", ProblemKind.RuleViolated);
    public static readonly Problem PayloadTooLarge = new("payload_too_large", "The request body is too large.", ProblemKind.PayloadTooLarge);
    public static readonly Problem UnsupportedMediaType = new("unsupported_media_type", "The request body must be JSON.", ProblemKind.UnsupportedMediaType);
    public static readonly Problem RuleViolated = new("rule_violated", "The request breaks a business rule.", ProblemKind.RuleViolated);
    public static readonly Problem InvalidTransition = new("invalid_transition", "The resource cannot move to that state from its current one.", ProblemKind.RuleViolated);
    public static readonly Problem SelfApproval = new("self_approval", "The last editor of a question cannot approve their own change.", ProblemKind.RuleViolated);
    public static readonly Problem ReviewRequired = new("review_required", "A reviewer must approve this question before it is published.", ProblemKind.RuleViolated);
    public static readonly Problem PreconditionFailed = new("precondition_failed", "The resource changed since the ETag in If-Match was read; read it again and retry.", ProblemKind.PreconditionFailed);
    public static readonly Problem LoginThrottled = new("login_throttled", "Too many failed logins from this client; wait before trying again.", ProblemKind.Throttled);
    /// <summary>No longer produced: a stranger could lock the owner out (ADR 0003). Kept so the code is never reused.</summary>
    public static readonly Problem AccountLocked = new("account_locked", "Too many failed logins; the account is locked for a while.", ProblemKind.Throttled);
    public static readonly Problem ImportFinished = new("import_finished", "The import has already finished; there is nothing to cancel.", ProblemKind.Conflict);
    public static readonly Problem ExportNotReady = new("export_not_ready", "The export has no file: it has not finished, or it did not succeed.", ProblemKind.Conflict);
    public static readonly Problem ExportExpired = new("export_expired", "The export's file was removed after its retention period.", ProblemKind.NotFound);
    public static readonly Problem TooManyJobs = new("too_many_jobs", "You already have the most background jobs allowed running; wait for one to finish.", ProblemKind.Throttled);
    public static readonly Problem RateLimited = new("rate_limited", "Too many requests; slow down.", ProblemKind.Throttled);
    public static readonly Problem ExternalProviderUnknown = new("external_provider_unknown", "No external sign-in provider of this name is configured.", ProblemKind.NotFound);
    public static readonly Problem ReturnUrlNotAllowed = new("return_url_not_allowed", "The returnUrl is not one this API may send users back to.", ProblemKind.InvalidRequest);
    public static readonly Problem ExternalStateInvalid = new("external_state_invalid", "The sign-in state is unknown, expired or already used; start the sign-in again.", ProblemKind.InvalidRequest);
    public static readonly Problem ExternalSignInFailed = new("external_sign_in_failed", "The external provider did not confirm who you are.", ProblemKind.Unauthenticated);
    public static readonly Problem ExternalEmailUnverified = new("external_email_unverified", "An account with this email exists, but the provider has not verified the email; sign in with your password and link the provider from your account.", ProblemKind.Conflict);
    public static readonly Problem ExternalEmailMissing = new("external_email_missing", "The provider did not share an email address, which a new account needs.", ProblemKind.RuleViolated);
    public static readonly Problem InvalidExternalCode = new("invalid_external_code", "The sign-in code is invalid, expired or already used.", ProblemKind.Unauthenticated);
    public static readonly Problem LastSignInMethod = new("last_sign_in_method", "This is the account's last way to sign in; set a password or link another provider first.", ProblemKind.Conflict);
    public static readonly Problem ExternalProviderUnavailable = new("external_provider_unavailable", "The external sign-in provider cannot be reached; try again shortly.", ProblemKind.Unavailable);
    public static readonly Problem InvalidAccountToken = new("invalid_account_token", "The link is invalid, has expired or was already used; ask for a new one.", ProblemKind.InvalidRequest);
    public static readonly Problem EmailUnverified = new("email_unverified", "The account's email address is not verified yet.", ProblemKind.RuleViolated);
    public static readonly Problem EmailAlreadyVerified = new("email_already_verified", "The account's email address is already verified.", ProblemKind.Conflict);
    public static readonly Problem RangeTooLong = new("range_too_long", "The date range is longer than a report covers (366 days).", ProblemKind.InvalidRequest);
    public static readonly Problem Internal = new("internal_error", "Something went wrong on our side.", ProblemKind.Internal);
    public static readonly Problem Unavailable = new("unavailable", "A dependency is unavailable; try again shortly.", ProblemKind.Unavailable);
}
