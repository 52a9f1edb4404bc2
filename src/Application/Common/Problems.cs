namespace AdaptiveLearning.Application.Common;

/// <summary>The closed vocabulary of error codes. Codes are part of the public contract: never rename one.</summary>
public static class Problems
{
    public static readonly Problem ValidationFailed = new(400, "validation_failed", "One or more fields are invalid.");
    public static readonly Problem MalformedRequest = new(400, "malformed_request", "The request body could not be read.");
    public static readonly Problem Unauthenticated = new(401, "unauthenticated", "Authentication is required.");
    public static readonly Problem InvalidCredentials = new(401, "invalid_credentials", "The login or password is wrong.");
    public static readonly Problem InvalidRefreshToken = new(401, "invalid_refresh_token", "The refresh token is invalid or expired.");
    public static readonly Problem RefreshTokenReused = new(401, "refresh_token_reused", "The refresh token was already used; its session has been revoked.");
    public static readonly Problem Forbidden = new(403, "forbidden", "You are not allowed to do this.");
    public static readonly Problem NotFound = new(404, "not_found", "The resource does not exist.");
    public static readonly Problem Conflict = new(409, "conflict", "The request conflicts with the current state.");
    public static readonly Problem EmailTaken = new(409, "email_taken", "An account with this email already exists.");
    public static readonly Problem UsernameTaken = new(409, "username_taken", "An account with this username already exists.");
    public static readonly Problem SessionEnded = new(409, "session_ended", "The session has ended; start a new one.");
    public static readonly Problem AttemptIdReused = new(409, "attempt_id_reused", "This clientAttemptId was already used for another question.");
    public static readonly Problem NothingToUndo = new(409, "nothing_to_undo", "The card has no answer left to undo.");
    public static readonly Problem NothingToStudy = new(422, "nothing_to_study", "There is nothing to study in this scope.");
    public static readonly Problem QuestionUnavailable = new(422, "question_unavailable", "The question does not exist or is not published.");
    public static readonly Problem NotEnoughData = new(422, "not_enough_data", "There is not enough data to fit this model yet.");
    public static readonly Problem CardNotStudied = new(422, "card_not_studied", "The card has never been studied, so it has no schedule.");
    public static readonly Problem PayloadTooLarge = new(413, "payload_too_large", "The request body is too large.");
    public static readonly Problem UnsupportedMediaType = new(415, "unsupported_media_type", "The request body must be JSON.");
    public static readonly Problem RuleViolated = new(422, "rule_violated", "The request breaks a business rule.");
    public static readonly Problem InvalidTransition = new(422, "invalid_transition", "The resource cannot move to that state from its current one.");
    public static readonly Problem LoginThrottled = new(429, "login_throttled", "Too many failed logins from this client; wait before trying again.");
    /// <summary>No longer produced: a stranger could lock the owner out (ADR 0003). Kept so the code is never reused.</summary>
    public static readonly Problem AccountLocked = new(429, "account_locked", "Too many failed logins; the account is locked for a while.");
    public static readonly Problem TooManyJobs = new(429, "too_many_jobs", "You already have the most background jobs allowed running; wait for one to finish.");
    public static readonly Problem RateLimited = new(429, "rate_limited", "Too many requests; slow down.");
    public static readonly Problem Internal = new(500, "internal_error", "Something went wrong on our side.");
    public static readonly Problem Unavailable = new(503, "unavailable", "A dependency is unavailable; try again shortly.");
}
