using System.Diagnostics;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Api.Errors;

internal static class ProblemWriter
{
    public const string ContentType = "application/problem+json";

    // status: only for statuses the server produced without a use case (an unknown route, Kestrel's own).
    public static ApiProblem Create(HttpContext http, Problem problem, string? detail = null,
        IReadOnlyDictionary<string, string[]>? errors = null, int? status = null) => new(
        Type: $"https://adaptive-learning.dev/problems/{problem.Code}",
        Title: problem.Title,
        Status: status ?? ProblemStatuses.Of(problem),
        Code: problem.Code,
        Detail: detail,
        Instance: http.Request.Path,
        TraceId: Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier,
        Errors: errors);

    public static Task WriteAsync(HttpContext http, Problem problem, string? detail = null,
        IReadOnlyDictionary<string, string[]>? errors = null, int? status = null)
    {
        var body = Create(http, problem, detail, errors, status);
        http.Response.StatusCode = body.Status;
        return http.Response.WriteAsJsonAsync(body, (System.Text.Json.JsonSerializerOptions?)null,
            ContentType, http.RequestAborted);
    }
}
