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
    public static readonly Problem Forbidden = new("forbidden", "You are not allowed to do this.", ProblemKind.Forbidden);
    public static readonly Problem AccountDeactivated = new("account_deactivated", "This account has been deactivated by an administrator.", ProblemKind.Unauthenticated);
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
    public static readonly Problem LoginThrottled = new("login_throttled", "Too many failed logins from this client; wait before trying again.", ProblemKind.Throttled);
    /// <summary>No longer produced: a stranger could lock the owner out (ADR 0003). Kept so the code is never reused.</summary>
    public static readonly Problem AccountLocked = new("account_locked", "Too many failed logins; the account is locked for a while.", ProblemKind.Throttled);
    public static readonly Problem TooManyJobs = new("too_many_jobs", "You already have the most background jobs allowed running; wait for one to finish.", ProblemKind.Throttled);
    public static readonly Problem RateLimited = new("rate_limited", "Too many requests; slow down.", ProblemKind.Throttled);
    public static readonly Problem InvalidAccountToken = new("invalid_account_token", "The link is invalid, has expired or was already used; ask for a new one.", ProblemKind.InvalidRequest);
    public static readonly Problem EmailUnverified = new("email_unverified", "The account's email address is not verified yet.", ProblemKind.RuleViolated);
    public static readonly Problem EmailAlreadyVerified = new("email_already_verified", "The account's email address is already verified.", ProblemKind.Conflict);
    public static readonly Problem Internal = new("internal_error", "Something went wrong on our side.", ProblemKind.Internal);
    public static readonly Problem Unavailable = new("unavailable", "A dependency is unavailable; try again shortly.", ProblemKind.Unavailable);
}
