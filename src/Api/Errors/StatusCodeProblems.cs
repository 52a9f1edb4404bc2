using AdaptiveLearning.Application.Common;
using Microsoft.AspNetCore.Diagnostics;

namespace AdaptiveLearning.Api.Errors;

/// <summary>Gives bodiless error statuses (401 challenges, unknown routes, 405, 415) a problem+json body.</summary>
internal static class StatusCodeProblems
{
    private static readonly Problem MethodNotAllowed = new("method_not_allowed", "This method is not allowed on this resource.", ProblemKind.InvalidRequest);

    public static Task WriteAsync(StatusCodeContext context) => WriteAsync(context.HttpContext);

    public static Task WriteAsync(HttpContext http)
    {
        var status = http.Response.StatusCode;
        var problem = status switch
        {
            401 => Problems.Unauthenticated,
            403 => Problems.Forbidden,
            404 => Problems.NotFound,
            405 => MethodNotAllowed,
            413 => Problems.PayloadTooLarge,
            414 => ServerLimits.UriTooLong,
            415 => Problems.UnsupportedMediaType,
            429 => Problems.RateLimited,
            var s when s >= 500 => Problems.Internal,
            var s => new Problem("http_" + s, "The request failed.", ProblemKind.InvalidRequest),
        };
        return ProblemWriter.WriteAsync(http, problem, status: status);
    }
}
