using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Api.Errors;

/// <summary>The one place where a kind of failure becomes an HTTP status.</summary>
internal static class ProblemStatuses
{
    public static int Of(ProblemKind kind) => kind switch
    {
        ProblemKind.InvalidRequest => StatusCodes.Status400BadRequest,
        ProblemKind.Unauthenticated => StatusCodes.Status401Unauthorized,
        ProblemKind.Forbidden => StatusCodes.Status403Forbidden,
        ProblemKind.NotFound => StatusCodes.Status404NotFound,
        ProblemKind.Conflict => StatusCodes.Status409Conflict,
        ProblemKind.PayloadTooLarge => StatusCodes.Status413PayloadTooLarge,
        ProblemKind.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
        ProblemKind.RuleViolated => StatusCodes.Status422UnprocessableEntity,
        ProblemKind.Throttled => StatusCodes.Status429TooManyRequests,
        ProblemKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
        ProblemKind.PreconditionFailed => StatusCodes.Status412PreconditionFailed,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static int Of(Problem problem) => Of(problem.Kind);
}
