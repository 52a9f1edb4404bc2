namespace AdaptiveLearning.Application.Common;

/// <summary>What went wrong, in the terms a caller reacts to; each kind maps to one HTTP status in the Api.</summary>
public enum ProblemKind
{
    /// <summary>The request itself is wrong: fix it before retrying.</summary>
    InvalidRequest,
    Unauthenticated,
    Forbidden,
    NotFound,
    /// <summary>The request clashes with the resource's current state (a duplicate, an ended session).</summary>
    Conflict,
    /// <summary>Well-formed, but a business rule says no.</summary>
    RuleViolated,
    PayloadTooLarge,
    UnsupportedMediaType,
    /// <summary>Too many requests or attempts: wait, then retry.</summary>
    Throttled,
    /// <summary>A dependency is down: retry later, nothing was lost.</summary>
    Unavailable,
    Internal,
    /// <summary>A conditional request (If-Match) named a state the resource has left: read it again.</summary>
    PreconditionFailed,
}
