using System.Diagnostics;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Api.Errors;

internal static class ProblemWriter
{
    public const string ContentType = "application/problem+json";

    public static ApiProblem Create(HttpContext http, Problem problem, string? detail = null,
        IReadOnlyDictionary<string, string[]>? errors = null) => new(
        Type: $"https://adaptive-learning.dev/problems/{problem.Code}",
        Title: problem.Title,
        Status: problem.Status,
        Code: problem.Code,
        Detail: detail,
        Instance: http.Request.Path,
        TraceId: Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier,
        Errors: errors);

    public static Task WriteAsync(HttpContext http, Problem problem, string? detail = null,
        IReadOnlyDictionary<string, string[]>? errors = null)
    {
        http.Response.StatusCode = problem.Status;
        return http.Response.WriteAsJsonAsync(Create(http, problem, detail, errors), (System.Text.Json.JsonSerializerOptions?)null,
            ContentType, http.RequestAborted);
    }
}
