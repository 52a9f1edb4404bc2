using System.Diagnostics;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Api.Errors;

internal static class ProblemWriter
{
    public const string ContentType = "application/problem+json";

    // status: only for statuses the server produced without a use case (an unknown route, Kestrel's own).
    public static ApiProblem Create(HttpContext http, Problem problem, string? detail = null,
        IReadOnlyDictionary<string, string[]>? errors = null, int? status = null, string? mfaChallenge = null) => new(
        Type: $"https://adaptive-learning.dev/problems/{problem.Code}",
        Title: problem.Title,
        Status: status ?? ProblemStatuses.Of(problem),
        Code: problem.Code,
        Detail: detail,
        Instance: http.Request.Path,
        TraceId: Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier,
        Errors: errors,
        MfaChallenge: mfaChallenge);

    public static Task WriteAsync(HttpContext http, Problem problem, string? detail = null,
        IReadOnlyDictionary<string, string[]>? errors = null, int? status = null, string? mfaChallenge = null)
    {
        var body = Create(http, problem, detail, errors, status, mfaChallenge);
        http.Response.StatusCode = body.Status;
        return http.Response.WriteAsJsonAsync(body, (System.Text.Json.JsonSerializerOptions?)null,
            ContentType, http.RequestAborted);
    }
}
