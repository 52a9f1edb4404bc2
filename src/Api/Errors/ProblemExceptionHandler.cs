using System.Text.Json;
using AdaptiveLearning.Application.Common;
using Microsoft.AspNetCore.Diagnostics;

namespace AdaptiveLearning.Api.Errors;

/// <summary>Turns every exception into problem+json; unknown ones are logged and never leak details.</summary>
internal sealed class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        switch (exception)
        {
            case ProblemException problem:
                if (problem.RetryAfter is { } wait)
                    http.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString("0");
                await ProblemWriter.WriteAsync(http, problem.Problem, problem.Detail, problem.Errors, mfaChallenge: problem.MfaChallenge);
                return true;
            case BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }:
                await ProblemWriter.WriteAsync(http, Problems.PayloadTooLarge);
                return true;
            case BadHttpRequestException or JsonException:
                await ProblemWriter.WriteAsync(http, Problems.MalformedRequest);
                return true;
            case OperationCanceledException when http.RequestAborted.IsCancellationRequested:
                return true;
            case var outage when DependencyOutage.Is(outage):
                logger.LogWarning(outage, "Dependency unavailable on {Method} {Path}", http.Request.Method, http.Request.Path);
                DependencyOutage.ForgetIdleDatabaseSessions(outage);
                http.Response.Headers.RetryAfter = DependencyOutage.RetryAfterSeconds.ToString();
                await ProblemWriter.WriteAsync(http, Problems.Unavailable, DependencyOutage.Detail);
                return true;
            default:
                logger.LogError(exception, "Unhandled exception on {Method} {Path}", http.Request.Method, http.Request.Path);
                await ProblemWriter.WriteAsync(http, Problems.Internal);
                return true;
        }
    }
}
